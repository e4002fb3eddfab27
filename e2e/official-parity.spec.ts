import { expect, openApp, test } from './helpers/app.ts';
import { paths } from './helpers/users.ts';

// Where the official app was ahead: headers that stay while a long table scrolls.

test('the roles matrix keeps its column headers in view while its rows scroll', async ({
  page,
}) => {
  await openApp(page, paths.settings.roles());
  const matrix = page.getByRole('table', { name: 'What each role may do' });
  const header = matrix.getByRole('columnheader', { name: 'Capability' });
  await expect(header).toBeVisible();
  const lastRow = matrix.getByRole('row').last();
  await lastRow.scrollIntoViewIfNeeded();
  await expect(lastRow).toBeInViewport();
  // The header is still where it was, above the last row, inside the window.
  await expect(header).toBeInViewport();
  const [headerBox, rowBox] = await Promise.all([header.boundingBox(), lastRow.boundingBox()]);
  expect(headerBox && rowBox && headerBox.y < rowBox.y).toBe(true);
});
