import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoSeriousA11yViolations,
  graphqlAs,
  openApp,
  persona,
  test,
} from './helpers/app.ts';
import { inviteDialog, paths, usersGrid } from './helpers/users.ts';

// Inviting someone with the keyboard only (issue 7, accessibility): Tab, Shift+Tab, Enter,
// Space, arrows and Escape; no mouse. Every control that takes focus shows it, the dialog keeps
// focus inside, and Escape closes it and gives focus back to "Invite people".

const ADMIN = persona('admin');

/** What has focus, and whether a keyboard user can see it. */
interface Focused {
  /** Tag and name of the focused element, for messages. */
  label: string;
  /** The browser's own judgement: focus should be visible (`:focus-visible`). */
  focusVisible: boolean;
  /** A visible indicator: an outline or box-shadow, MUI's focus-visible state, a focused field. */
  indicator: string | null;
  /** Inside `root` (true when there is none). */
  inside: boolean;
  /** The focused element is the one this ran on. */
  isTarget: boolean;
}

// Runs in the page, on `target` (one round trip per key press).
function probeFocus(target: Element, root: Element | null): Focused {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) {
    return { label: 'body', focusVisible: false, indicator: null, inside: false, isTarget: false };
  }
  const name =
    el.getAttribute('aria-label') ??
    (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ??
    el.textContent;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  // MUI buttons and menu items draw focus with a pulsating ripple and a tinted background
  // (class Mui-focusVisible); text fields and selects with a thicker, coloured outline.
  const muiFocusVisible = el.classList.contains('Mui-focusVisible');
  const field = el.closest('.MuiInputBase-root');
  const notch = field?.querySelector('.MuiOutlinedInput-notchedOutline');
  const fieldFocused =
    Boolean(field?.classList.contains('Mui-focused')) &&
    notch instanceof Element &&
    parseFloat(getComputedStyle(notch).borderTopWidth) >= 2;
  const indicators: [boolean, string][] = [
    [outline, 'outline'],
    [muiFocusVisible, 'Mui-focusVisible'],
    [fieldFocused, 'focused field'],
    [shadow, 'box-shadow'],
  ];
  return {
    label: `${el.tagName.toLowerCase()} "${name.trim().slice(0, 60)}"`,
    focusVisible: el.matches(':focus-visible'),
    indicator: indicators.find(([shown]) => shown)?.[1] ?? null,
    inside: root ? root.contains(el) : true,
    isTarget: el === target,
  };
}

function expectFocusShown(state: Focused, inDialog: boolean): void {
  expect(state.focusVisible, `${state.label} matches :focus-visible`).toBe(true);
  expect(state.indicator, `${state.label} shows a focus indicator`).not.toBeNull();
  if (inDialog) expect(state.inside, `${state.label} is inside the dialog`).toBe(true);
}

/** Focus is on a control inside `within` (if given) and a keyboard user can see where. */
async function expectVisibleFocus(page: Page, within?: Locator): Promise<void> {
  const root = within ? await within.elementHandle() : null;
  expectFocusShown(await page.locator('body').evaluate(probeFocus, root), Boolean(within));
}

/** Presses `key` until focus is on `target`, checking each control on the way shows its focus. */
async function tabTo(page: Page, target: Locator, key = 'Tab', within?: Locator): Promise<void> {
  const root = within ? await within.elementHandle() : null;
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press(key);
    const state = await target.evaluate(probeFocus, root);
    expectFocusShown(state, Boolean(within));
    if (state.isTarget) return;
  }
  throw new Error(`${key} never reached the target`);
}

test('invites a collaborator with the keyboard only', async ({ page }) => {
  await openApp(page, paths.users.list());
  await expect(usersGrid(page)).toBeVisible();
  const inviteButton = page.getByRole('button', { name: 'Invite people' });

  await tabTo(page, inviteButton);
  await page.keyboard.press('Enter');
  const dialog = inviteDialog(page);
  await expect(dialog).toBeVisible();

  // The dialog opens on its first field.
  const emails = dialog.getByRole('textbox', { name: 'E-mail addresses' });
  await expect(emails).toBeFocused();
  await expectVisibleFocus(page, dialog);
  await page.keyboard.type('kim.keyboard@acme.ai');

  // The role: a select opened with the keyboard, an option chosen with the arrows.
  const role = dialog.getByRole('combobox', { name: 'Role' });
  await tabTo(page, role, 'Tab', dialog);
  await page.keyboard.press('Space');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toBeVisible();
  const collaborator = listbox.getByRole('option', { name: /^Collaborator\b/ });
  await tabTo(page, collaborator, 'ArrowDown', listbox);
  await page.keyboard.press('Enter');
  await expect(listbox).toHaveCount(0);
  await expect(role).toHaveText('Collaborator');
  await expect(role).toBeFocused();

  // Focus stays in the dialog: Tab past the last control comes back to the first one, and
  // Shift+Tab from the first goes to the last.
  await tabTo(page, emails, 'Tab', dialog);
  const check = dialog.getByRole('button', { name: 'Check e-mails' });
  await tabTo(page, check, 'Shift+Tab', dialog);
  await page.keyboard.press('Tab');
  await expect(emails).toBeFocused();

  await tabTo(page, check, 'Tab', dialog);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Checked e-mails' })).toContainText(
    'kim.keyboard@acme.ai',
  );
  await expectNoSeriousA11yViolations(page);

  const send = dialog.getByRole('button', { name: 'Send 1 invitation' });
  await tabTo(page, send, 'Tab', dialog);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Invitations sent' })).toContainText(
    'Invited kim.keyboard@acme.ai as Collaborator',
  );

  // Escape closes the dialog and focus goes back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(inviteButton).toBeFocused();
  await expectVisibleFocus(page);

  const answer = await graphqlAs(
    page,
    ADMIN.apiKey,
    '{ invitations { inviteeEmail inviteeRole } }',
  );
  expect(answer.body.data?.invitations).toContainEqual({
    inviteeEmail: 'kim.keyboard@acme.ai',
    inviteeRole: 'COLLABORATOR',
  });
});

test('Escape asks before discarding what was typed in the invite dialog, and focus returns', async ({
  page,
}) => {
  await openApp(page, paths.users.list());
  await expect(usersGrid(page)).toBeVisible();
  const inviteButton = page.getByRole('button', { name: 'Invite people' });
  await tabTo(page, inviteButton);
  await page.keyboard.press('Space');
  const dialog = inviteDialog(page);
  await expect(dialog).toBeVisible();
  await page.keyboard.type('not.sent@acme.ai');

  // What was typed is not thrown away unasked: Escape asks, Enter keeps editing; Escape again,
  // then Tab to Discard, closes it.
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard what you typed?' });
  await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: /E-mail/ })).toHaveValue('not.sent@acme.ai');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Discard' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(inviteButton).toBeFocused();
  await expectVisibleFocus(page);

  const answer = await graphqlAs(page, ADMIN.apiKey, '{ invitations { inviteeEmail } }');
  expect(JSON.stringify(answer.body.data)).not.toContain('not.sent@acme.ai');
});
