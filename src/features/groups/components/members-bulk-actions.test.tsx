import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as GroupDetailPage } from '../routes/group-detail-page.tsx';

/** The demo's largest group, with its members sorted as the panel lists them. */
function largestGroup() {
  const store = mockEngine.store;
  const group = [...store.groups].sort((a, b) => b.memberIds.length - a.memberIds.length)[0];
  if (!group) throw new Error('the demo seed has groups');
  const members = store.users
    .filter((u) => group.memberIds.includes(u.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { group, members };
}

function renderGroup(id: string, search = '') {
  return renderWithProviders(<GroupDetailPage />, {
    path: `/groups/${id}${search}`,
    routePath: '/groups/:groupId',
  });
}

describe("Removing many of a group's members", () => {
  it('removes the ticked members, each with its own answer, refusals included', async () => {
    const { group, members } = largestGroup();
    const [kept, first, second] = members;
    if (!kept || !first || !second) throw new Error('the largest group has three members');
    const { user } = renderGroup(group.id);
    const table = await screen.findByRole('table', { name: `Members of ${group.name}` });
    await user.click(await within(table).findByRole('checkbox', { name: `Select ${first.name}` }));
    await user.click(within(table).getByRole('checkbox', { name: `Select ${second.name}` }));
    const bar = screen.getByRole('region', { name: 'Selected members' });
    expect(within(bar).getByRole('status')).toHaveTextContent('2 selected');

    // The second leaves the organization meanwhile: the server refuses that row.
    mockEngine.store.users = mockEngine.store.users.filter((u) => u.id !== second.id);
    await user.click(within(bar).getByRole('button', { name: 'Remove from group' }));
    const dialog = await screen.findByRole('dialog', { name: `Remove from ${group.name}` });
    expect(within(dialog).getByRole('list', { name: 'What will happen' })).toHaveTextContent(
      `Remove from ${group.name}: 2`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Remove 2 members' }));
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent('1 done · 1 failed');
    const results = within(dialog).getByRole('list', { name: 'Results' });
    expect(within(results).getByText(new RegExp(second.email)).closest('li')).toHaveTextContent(
      'Failed',
    );
    expect(group.memberIds).not.toContain(first.id);
    expect(group.memberIds).toContain(kept.id);
  });

  it('removes every member the search matches, asking for the count to be typed above ten', async () => {
    const { group: grown } = largestGroup();
    // Grow the group past one page of ten and past the typed-count threshold.
    const outside = mockEngine.store.users.filter((u) => !grown.memberIds.includes(u.id));
    grown.memberIds.push(...outside.slice(0, 12 - grown.memberIds.length).map((u) => u.id));
    const { group, members } = largestGroup();
    expect(members).toHaveLength(12);
    const { user } = renderGroup(group.id);
    const table = await screen.findByRole('table', { name: `Members of ${group.name}` });
    await within(table).findByRole('link', { name: members[0]?.name ?? '' });
    await user.click(
      within(table).getByRole('checkbox', { name: 'Select all members on this page' }),
    );
    const bar = screen.getByRole('region', { name: 'Selected members' });
    await user.click(
      within(bar).getByRole('button', { name: `Select all ${members.length} matching` }),
    );
    await user.click(within(bar).getByRole('button', { name: 'Remove from group' }));
    const dialog = await screen.findByRole('dialog', { name: `Remove from ${group.name}` });
    const count = members.length;
    const remove = within(dialog).getByRole('button', { name: `Remove ${count} members` });
    expect(remove).toBeDisabled();
    await user.type(
      within(dialog).getByRole('textbox', { name: `Type ${count} to confirm` }),
      String(count),
    );
    await user.click(remove);
    expect(await within(dialog).findByText(/^Finished/)).toHaveTextContent(`${count} done`);
    expect(group.memberIds).toEqual([]);
  });
});
