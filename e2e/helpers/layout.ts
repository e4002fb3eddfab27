import type { Locator, Page } from '@playwright/test';
import { expect, signedInAs } from './app.ts';

// Hostile sizes: the demo's store with 5,000-character values in it, and the checks that a page
// still fits the screen with every action button on it.

/** 5,000 characters with no space to break at: the worst a server could return. */
export function hostile(prefix: string): string {
  return `${prefix}${'x'.repeat(5000 - prefix.length)}`;
}

export const LONG = {
  userName: hostile('LongUserName'),
  userEmail: `${hostile('longuser').slice(0, 4980)}@acme.ai`,
  invitationEmail: `${hostile('longinvite').slice(0, 4980)}@acme.ai`,
  groupName: hostile('LongGroupName'),
  groupDescription: hostile('LongGroupDescription'),
  secretDescription: hostile('LongSecretDescription'),
  pluginDescription: hostile('LongPluginDescription'),
  datasetName: hostile('LongDatasetName'),
  orchestratorDescription: hostile('LongOrchestratorDescription'),
  credentialDescription: hostile('LongCredentialDescription'),
  bucket: `s3://${hostile('longbucket').slice(5)}`,
  keyName: hostile('LongKeyName'),
} as const;

/**
 * Puts 5,000-character values into the demo's store (what a server could return, past any
 * limit the mock's own mutations apply) and reloads the console on it.
 */
export async function seedHostileValues(page: Page): Promise<void> {
  await page.evaluate((long) => {
    const mock = window.__foMock;
    if (!mock) throw new Error('The demo mock is not running (window.__foMock)');
    // The store's own dump, edited as a server's database could hold it.
    const store = JSON.parse(mock.engine.dump()) as Record<string, Record<string, unknown>[]>;
    const first = (key: string, where: (row: Record<string, unknown>) => boolean = () => true) => {
      const row = store[key]?.find(where);
      if (!row) throw new Error(`The demo store has no ${key} to lengthen`);
      return row;
    };
    const user = first(
      'users',
      (row) => row.role === 'MEMBER' && row.email !== 'milo.member@acme.ai',
    );
    user.name = long.userName;
    user.email = long.userEmail;
    first('invitations').email = long.invitationEmail;
    const group = first('groups');
    group.name = long.groupName;
    group.description = long.groupDescription;
    first('secrets').description = long.secretDescription;
    first('plugins', (row) => row.builtin === false).description = long.pluginDescription;
    const dataset = first('datasets');
    dataset.name = long.datasetName;
    // Where the long values meet: the long user in the long group, both with access to the long
    // dataset, and an API key of theirs with a long name.
    const memberIds = group.memberIds as string[];
    if (!memberIds.includes(user.id as string)) memberIds.push(user.id as string);
    (dataset.userGrants as Record<string, string>)[user.id as string] = 'VIEW';
    (dataset.groupGrants as Record<string, string>)[group.id as string] = 'VIEW';
    store.apiKeys?.push({
      id: 'long-key',
      userId: user.id,
      name: long.keyName,
      createdAt: '2026-01-05T10:00:00.000Z',
      keyHash: 'no key has this hash',
    });
    first('orchestrators').description = long.orchestratorDescription;
    const credentials = first('cloudCredentials');
    credentials.description = long.credentialDescription;
    credentials.prefixes = [long.bucket];
    const dump = JSON.stringify(store);
    mock.engine.load(dump);
    localStorage.setItem('fo-mock-store', dump);
  }, LONG);
  await page.reload();
  await expect(signedInAs(page)).toBeVisible({ timeout: 20_000 });
}

/** The page is no wider than the window: nothing pushes it sideways. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

/**
 * Every button (and select) inside `container` lies within the window: wholly on screen when
 * `wholly`, else within its width (it may be further down the page); a button's label is not
 * broken inside a word.
 */
export async function expectButtonsInWindow(
  container: Locator,
  { wholly }: { wholly: boolean },
): Promise<void> {
  const outside = await container.evaluate((root, checkHeight) => {
    // A column header's sort and menu buttons scroll with a wide grid's columns: not actions.
    const controls = [...root.querySelectorAll('button, [role="combobox"]')].filter(
      (control) => !control.closest('[role="columnheader"]'),
    );
    const problems = controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      const inside =
        box.left >= 0 &&
        box.right <= window.innerWidth &&
        (!checkHeight || (box.top >= 0 && box.bottom <= window.innerHeight));
      const name = control.getAttribute('aria-label') ?? control.textContent;
      return inside ? [] : [`${name.slice(0, 60)} at ${JSON.stringify(box)}`];
    });
    return { count: controls.length, problems };
  }, wholly);
  expect(outside.count, 'no buttons to check').toBeGreaterThan(0);
  expect(outside.problems, 'buttons outside the window').toEqual([]);
  expect(
    await labelsBrokenInsideAWord(container, 'button'),
    'button labels broken inside a word',
  ).toEqual([]);
}

/**
 * Every table inside `container` fits its box (it does not scroll sideways) and its column
 * headers, the console's own words, are not broken inside a word.
 */
export async function expectTablesFit(container: Locator): Promise<void> {
  const tables = await container.evaluate((root) =>
    [...root.querySelectorAll('table')].map((table) => {
      const box = table.parentElement ?? table;
      return {
        name: table.getAttribute('aria-label') ?? '',
        sideways: box.scrollWidth - box.clientWidth,
      };
    }),
  );
  expect(tables.length, 'no tables to check').toBeGreaterThan(0);
  expect(
    tables.filter((table) => table.sideways > 0),
    'tables that scroll sideways',
  ).toEqual([]);
  expect(await labelsBrokenInsideAWord(container, 'th'), 'headers broken inside a word').toEqual(
    [],
  );
}

/**
 * The labels of the elements matching `selector` inside `container` that are broken inside a
 * word: on more lines than they have words.
 */
async function labelsBrokenInsideAWord(container: Locator, selector: string): Promise<string[]> {
  return container.evaluate(
    (root, of) =>
      [...root.querySelectorAll(of)].flatMap((element) => {
        const label = element.textContent.trim();
        if (!label) return [];
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
        }
        rects.sort((a, b) => a.top - b.top);
        let lines = 0;
        let lineTop = -Infinity;
        for (const rect of rects) {
          if (rect.top < lineTop + rect.height / 2) continue;
          lines += 1;
          lineTop = rect.top;
        }
        const name = element.getAttribute('aria-label') ?? label;
        return lines > label.split(/\s+/).length ? [name.slice(0, 60)] : [];
      }),
    selector,
  );
}
