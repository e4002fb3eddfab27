import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  test,
} from './helpers/app.ts';
import { changeRoleDialog, paths, userHeading, userSummary } from './helpers/users.ts';

// The command palette (issue 13): Ctrl-K / ⌘-K from anywhere, type, Enter. Everything here is
// done with the keyboard; the mouse is never used.

const ADMIN = persona('admin');

// Two axe runs and a whole keyboard walk each: room for a machine busy with other work.
test.describe.configure({ timeout: 120_000 });

function palette(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Command palette' });
}

function paletteInput(page: Page): Locator {
  return palette(page).getByRole('combobox', { name: 'Search or jump to' });
}

/** Presses Tab until `target` has focus (a keyboard user walking the page). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error('Tab never reached the target');
}

test('finds a user by palette and changes their role, keyboard only', async ({ page }) => {
  await openApp(page, paths.datasets.list());
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toBeVisible();
  await expect(paletteInput(page)).toBeFocused();

  await page.keyboard.type('emily');
  const option = palette(page)
    .getByRole('group', { name: 'Users' })
    .getByRole('option', { name: /^Emily Carter\b/ });
  await expect(option).toContainText('Member · emily.carter@acme.ai');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(palette(page)).toBeHidden();
  await expect(userHeading(page, 'Emily Carter')).toBeVisible();
  // The palette leaves focus at the start of the new page: the next Tab is on the page.
  await expect(page.locator('#main-content')).toBeFocused();

  const changeRole = page.getByRole('button', { name: 'Change role' });
  await tabTo(page, changeRole);
  await page.keyboard.press('Enter');
  const dialog = changeRoleDialog(page);
  await expect(dialog).toBeVisible();
  const role = dialog.getByRole('combobox', { name: 'Role' });
  await tabTo(page, role);
  await page.keyboard.press('Enter');
  const listbox = page.getByRole('listbox');
  const collaborator = listbox.getByRole('option', { name: /^Collaborator\b/ });
  for (let step = 0; step < 4; step++) {
    if (await collaborator.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(collaborator).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
  await expect(role).toHaveText('Collaborator');

  const make = dialog.getByRole('button', { name: 'Make Collaborator' });
  await tabTo(page, make);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(userSummary(page, 'emily.carter@acme.ai')).toContainText('Collaborator');

  const answer = await graphqlAs(page, ADMIN.apiKey, '{ users(first: 100) { email role } }');
  expect(answer.body.data?.users).toContainEqual({
    email: 'emily.carter@acme.ai',
    role: 'COLLABORATOR',
  });
});

test('the open palette passes axe, with and without results, and Escape gives focus back', async ({
  page,
}) => {
  await openApp(page, paths.datasets.list());
  const button = page.getByRole('button', { name: 'Search' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(paletteInput(page)).toBeFocused();
  await expect(palette(page).getByRole('group', { name: 'Pages' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.type('a');
  await expect(palette(page).getByRole('status')).toHaveText(/\d+ results/);
  await expect(palette(page).getByRole('group', { name: 'Users' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('on a phone-width screen the launcher is an icon still named Search, and the top bar fits', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // Who is signed in is not shown at this width: the launcher appears once someone is.
  await page.goto(`/#${paths.datasets.list()}`);
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toBeVisible();
  // Only the icon is in sight: the button is no wider than an icon button.
  expect((await button.boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(40);
  // Nothing in the top bar runs past the screen's right edge, and the bar does not scroll.
  const header = page.getByRole('banner');
  const overflow = await header.evaluate((bar) => {
    const right = Math.max(
      ...[...bar.querySelectorAll('*')].map((child) => child.getBoundingClientRect().right),
    );
    return {
      right,
      width: document.documentElement.clientWidth,
      scrolls: bar.scrollWidth > bar.clientWidth,
    };
  });
  expect(overflow.scrolls).toBe(false);
  expect(overflow.right).toBeLessThanOrEqual(overflow.width);

  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(paletteInput(page)).toBeFocused();
});
