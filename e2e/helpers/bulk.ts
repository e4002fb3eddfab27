import type { Locator, Page } from '@playwright/test';
import { expect } from './app.ts';

// Bulk actions on a list: the ticks, the selection bar above the table, and the bulk run dialog
// (preview, confirmation, progress, each row's result).

/** The bar that says what is ticked and holds the list's bulk actions: "Selected users". */
export function selectionBar(page: Page, noun: string): Locator {
  return page.getByRole('region', { name: `Selected ${noun}` });
}

/** The announced count: "3 selected", "All 42 matching users selected". */
export function selectionCount(page: Page, noun: string): Locator {
  return selectionBar(page, noun).getByRole('status');
}

/** A row's checkbox, by the name it is labelled with. */
export function rowCheckbox(page: Page, name: string): Locator {
  return page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
}

/** The run dialog's one-line state: "Finished · 2 done · 1 failed". */
export function runStatus(dialog: Locator): Locator {
  return dialog.getByRole('status');
}

/** The run dialog's result for one row (its label contains `text`). */
export function runResult(dialog: Locator, text: string): Locator {
  return dialog
    .getByRole('list', { name: 'Results' })
    .getByRole('listitem')
    .filter({ hasText: text });
}

/**
 * Leaves exactly `free` seats of a category in the demo's licence (pending invitations hold
 * seats too), as a licence that is nearly used up would.
 */
export async function leaveFreeSeats(
  page: Page,
  category: 'users' | 'collaborators' | 'guests',
  free: number,
): Promise<void> {
  await page.evaluate(
    ({ seat, left }) => {
      const mock = window.__foMock;
      if (!mock) throw new Error('The demo mock is not running (window.__foMock)');
      const store = mock.engine.store;
      const of = (role: string) =>
        role === 'COLLABORATOR' ? 'collaborators' : role === 'GUEST' ? 'guests' : 'users';
      const now = Date.now();
      const used =
        store.users.filter((user) => of(user.role) === seat).length +
        store.invitations.filter(
          (invitation) => of(invitation.role) === seat && Date.parse(invitation.expiresAt) > now,
        ).length;
      store.licence[seat] = used + left;
    },
    { seat: category, left: free },
  );
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, at most `limit` times. */
export async function tabTo(page: Page, target: Locator, backwards = false, limit = 40) {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}
