import type { Locator, Page } from '@playwright/test';
import { paths } from '../../src/config/paths.ts';
import { expect, signedInAs } from './app.ts';

// The Access report: its people and groups tables, the cells (each a "why" button whose name
// says the person, the level and the dataset), and the explainer dialog.

export { paths };

/** The report deep-linked to some datasets (hash route, as the demo serves it). */
export function reportPath(datasets: readonly string[], extra = ''): string {
  const search = new URLSearchParams();
  for (const name of datasets) search.append('d', name);
  const query = [search.toString(), extra].filter(Boolean).join('&');
  return `${paths.access.report()}${query ? `?${query}` : ''}`;
}

export function peopleRows(page: Page): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('link') });
}

export function personRow(page: Page, name: string): Locator {
  return peopleRows(page).filter({ has: page.getByRole('link', { name, exact: true }) });
}

const CELL = /^Why does (.+) have (.+) on (.+)\?$/;

/** Every person cell on screen as `person → dataset → level label`. */
export async function readCells(page: Page): Promise<Map<string, Map<string, string>>> {
  const labels = await page
    .getByRole('button', { name: CELL })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  const cells = new Map<string, Map<string, string>>();
  for (const label of labels) {
    const match = CELL.exec(label);
    if (!match) continue;
    const [, person = '', level = '', dataset = ''] = match;
    const row = cells.get(person) ?? new Map<string, string>();
    row.set(dataset, level);
    cells.set(person, row);
  }
  return cells;
}

/** Waits until the matrix says which datasets it shows (`text`) and every cell has its level. */
export async function expectColumns(page: Page, text: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Datasets / })).toHaveText(text);
  await expect(page.getByText('…', { exact: true })).toHaveCount(0);
}

export function whyDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /^Where .+'s access to .+ comes from$/ });
}

/**
 * What the dataset pages' own per-dataset document (`dataset(identifier) { user(id) {
 * activePermission } }`, get_permissions_for_dataset_user) answers for each person on each
 * dataset, asked one pair at a time as the explainer asks it.
 */
export async function apiPermissions(
  page: Page,
  apiKey: string,
  datasets: readonly string[],
  people: readonly { id: string; name: string }[],
): Promise<Map<string, Map<string, string>>> {
  const answers = await page.evaluate(
    async ({ key, names, users }) => {
      const ask = async (dataset: string, userId: string) => {
        const response = await fetch('/graphql/v1', {
          method: 'POST',
          headers: { 'X-API-Key': key, 'Content-Type': 'application/json' },
          body: JSON.stringify({
            query:
              'query DatasetPerson($identifier: String!, $userId: String!) { dataset(identifier: $identifier) { id user(id: $userId) { activePermission } } }',
            variables: { identifier: dataset, userId },
          }),
        });
        const body = (await response.json()) as {
          data?: { dataset: { user: { activePermission: string } | null } | null };
        };
        return body.data?.dataset?.user?.activePermission ?? 'NO_ACCESS';
      };
      const out: [string, string, string][] = [];
      for (const user of users) {
        for (const dataset of names) out.push([user.name, dataset, await ask(dataset, user.id)]);
      }
      return out;
    },
    { key: apiKey, names: [...datasets], users: [...people] },
  );
  const result = new Map<string, Map<string, string>>();
  for (const [person, dataset, level] of answers) {
    const row = result.get(person) ?? new Map<string, string>();
    row.set(dataset, level);
    result.set(person, row);
  }
  return result;
}

/**
 * Adds datasets to the demo's store (the demo has 18) as copies of the first one, each with a
 * different mix of grants, so a report can span more datasets than the seed has; then reloads.
 */
export async function addDatasets(page: Page, count: number): Promise<void> {
  await page.evaluate((howMany) => {
    const mock = window.__foMock;
    if (!mock) throw new Error('The demo mock is not running (window.__foMock)');
    const store = JSON.parse(mock.engine.dump()) as {
      datasets: Record<string, unknown>[];
      users: { id: string; role: string }[];
      groups: { id: string }[];
    };
    const [model] = store.datasets;
    if (!model) throw new Error('The demo store has no dataset to copy');
    const levels = ['VIEW', 'TAG', 'EDIT', 'MANAGE'];
    for (let n = 1; n <= howMany; n++) {
      const userGrants: Record<string, string> = {};
      store.users.forEach((user, i) => {
        if (i % (n + 2) === 0) userGrants[user.id] = levels[(i + n) % 4] ?? 'VIEW';
      });
      const groupGrants: Record<string, string> = {};
      store.groups.forEach((group, i) => {
        if (i % 2 === n % 2) groupGrants[group.id] = levels[(i + n) % 4] ?? 'VIEW';
      });
      store.datasets.push({
        ...model,
        id: `access-report-${String(n)}`,
        name: `zz-access-report-${String(n)}`,
        slug: `zz-access-report-${String(n)}`,
        defaultPermission: levels[n % 4] ?? 'VIEW',
        userGrants,
        groupGrants,
        pins: {},
      });
    }
    const dump = JSON.stringify(store);
    mock.engine.load(dump);
    localStorage.setItem('fo-mock-store', dump);
  }, count);
  await page.reload();
  await expect(signedInAs(page)).toBeVisible();
}
