import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { holdMutations } from '../../../../tests/hold-mutations.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { Component as AccessPage } from './dataset-access-page.tsx';

function renderAccess(dataset: string, as: 'admin' | 'manager' | 'member' = 'manager') {
  return renderWithProviders(<AccessPage />, {
    as,
    path: `/datasets/${dataset}`,
    routePath: '/datasets/:datasetName',
  });
}

function setGroupGrant(dataset: string, groupName: string, level: 'EDIT' | 'MANAGE') {
  const d = mockEngine.store.datasets.find((x) => x.name === dataset);
  const g = mockEngine.store.groups.find((x) => x.name === groupName);
  if (!d || !g) throw new Error('demo seed changed');
  d.groupGrants[g.id] = level;
}

describe('Dataset access page', () => {
  it('explains to someone who only views the dataset that there is no access page for them', async () => {
    renderAccess('drone-inspection-3d', 'member');
    expect(
      await screen.findByText(
        /You have Can view on drone-inspection-3d\. Only admins and people who can manage/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add person' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'People with access' })).not.toBeInTheDocument();
  });

  it('shows a manager the people, groups, default and creator of a dataset they manage', async () => {
    renderAccess('lidar-highway-scenes');
    const people = await screen.findByRole('table', { name: 'People with access' });
    const row = (name: string) => within(people).getByText(name).closest('tr');
    expect(row('Wei Zhang')).toHaveTextContent('Can manage');
    expect(row('Dana Whitfield')).toHaveTextContent('Creator');
    expect(row('Sofia Petrova')).toHaveTextContent('Groups: Autonomy Perception');
    const groups = screen.getByRole('table', { name: 'Groups with access' });
    expect(within(groups).getByText('Autonomy Perception').closest('tr')).toHaveTextContent('7');
    expect(screen.getByRole('region', { name: 'Default access for members' })).toHaveTextContent(
      'No access',
    );
  });

  it('keeps the people table’s search and order in the URL, so a link shows the same rows', async () => {
    const { user, router } = renderAccess('lidar-highway-scenes');
    const people = await screen.findByRole('table', { name: 'People with access' });
    await user.click(within(people).getByRole('button', { name: 'Person' }));
    await expect.poll(() => router.state.location.search).toBe('?pdir=desc');
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'wei');
    await expect
      .poll(() => new URLSearchParams(router.state.location.search).get('pq'))
      .toBe('wei');
    expect(within(people).getByText('Wei Zhang')).toBeInTheDocument();
    expect(within(people).queryByText('Dana Whitfield')).toBeNull();
  });

  it('opens the people table searched from a link', async () => {
    renderWithProviders(<AccessPage />, {
      as: 'manager',
      path: '/datasets/lidar-highway-scenes?pq=dana',
      routePath: '/datasets/:datasetName',
    });
    const people = await screen.findByRole('table', { name: 'People with access' });
    expect(await within(people).findByText('Dana Whitfield')).toBeInTheDocument();
    expect(within(people).queryByText('Wei Zhang')).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search people' })).toHaveValue('dana');
  });

  it("explains a collaborator's access through a group, and where the cap cuts it", async () => {
    setGroupGrant('lidar-highway-scenes', 'External Labelers', 'MANAGE');
    const { user } = renderAccess('lidar-highway-scenes');
    await user.click(
      await screen.findByRole('button', { name: 'Why does Cleo Marchetti have Can edit?' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Why does Cleo Marchetti have Can edit on lidar-highway-scenes?',
    });
    const sources = within(dialog).getByRole('table', {
      name: "Sources of Cleo Marchetti's access",
    });
    const line = (label: string) =>
      within(sources).getByRole('rowheader', { name: label }).closest('tr');
    expect(line('Default access for members')).toHaveTextContent(
      'Does not applyThe default (No access) applies to members only, not to collaborators.',
    );
    expect(line('Own grant')).toHaveTextContent('No grant of their own.');
    expect(line('Group External Labelers')).toHaveTextContent('Can manage');
    expect(line('Role cap')).toHaveTextContent(
      'Collaborators can have at most Can edit: the cap cut Can manage down to Can edit.',
    );
    expect(await within(dialog).findByText(/The API reports the same/)).toBeInTheDocument();
  });

  it('explains anyone by e-mail, even someone with no access', async () => {
    const { user } = renderAccess('lidar-highway-scenes', 'admin');
    await user.type(
      await screen.findByRole('combobox', { name: "Check someone's access" }),
      'milo.member@acme.ai',
    );
    await user.click(screen.getByRole('button', { name: 'Explain' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Why does Milo Okafor have No access on lidar-highway-scenes?',
    });
    expect(
      within(dialog).getByRole('rowheader', { name: 'Default access for members' }).closest('tr'),
    ).toHaveTextContent('The dataset gives every member No access.');
  });

  it('previews whose access a new default changes before saving it', async () => {
    const { user } = renderAccess('retail-shelf-detection');
    await user.click(await screen.findByRole('button', { name: 'Change default' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Default access to retail-shelf-detection',
    });
    await user.click(within(dialog).getByRole('combobox', { name: 'Every member gets' }));
    await user.click(await screen.findByRole('option', { name: /^Can manage/ }));
    const preview = within(dialog).getByRole('region', { name: 'Who this changes' });
    expect(preview).toHaveTextContent(
      'Every member with no grant here (of their own or through a group) goes from Can edit to Can manage.',
    );
    const changed = within(preview).getByRole('list', { name: 'People whose access changes' });
    expect(
      within(changed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Camila DuarteCan edit → Can manage',
      'Hannah SchmidtCan edit → Can manage',
      'Milo OkaforCan edit → Can manage',
    ]);
    // Nothing is saved until the button is pressed.
    const retail = mockEngine.store.datasets.find((d) => d.name === 'retail-shelf-detection');
    expect(retail?.defaultPermission).toBe('EDIT');
    await user.click(within(dialog).getByRole('button', { name: 'Save default' }));
    await expect.poll(() => retail?.defaultPermission).toBe('MANAGE');
    expect(dialog).not.toBeInTheDocument();
  });

  describe("changing someone's own grant", () => {
    let hold: ReturnType<typeof holdMutations> | null = null;
    afterEach(() => hold?.restore());

    function ownGrantOf(person: string) {
      const d = mockEngine.store.datasets.find((x) => x.name === 'lidar-highway-scenes');
      const u = mockEngine.store.users.find((x) => x.name === person);
      if (!d || !u) throw new Error('demo seed changed');
      return d.userGrants[u.id];
    }

    async function chooseViewFor(user: ReturnType<typeof renderAccess>['user'], person: string) {
      const people = await screen.findByRole('table', { name: 'People with access' });
      const select = within(people).getByRole('combobox', { name: `Own grant of ${person}` });
      expect(select).toHaveTextContent('Can manage');
      await user.click(select);
      await user.click(await screen.findByRole('option', { name: /^Can view/ }));
      const row = within(people).getByText(person).closest('tr');
      if (!row) throw new Error(`no row for ${person}`);
      return { row, select: () => within(row).getByRole('combobox') };
    }

    it('shows the new level at once, before the API answers', async () => {
      const { user } = renderAccess('lidar-highway-scenes');
      await screen.findByRole('table', { name: 'People with access' });
      hold = holdMutations();
      const { row, select } = await chooseViewFor(user, 'Wei Zhang');
      await expect.poll(() => select().textContent).toBe('Can view');
      // What it gives them follows, and the API has not answered yet.
      expect(row).not.toHaveTextContent('Can manage');
      expect(ownGrantOf('Wei Zhang')).toBe('MANAGE');

      hold.release();
      await expect.poll(() => ownGrantOf('Wei Zhang')).toBe('VIEW');
      expect(await screen.findByText(/Wei Zhang now has Can view/)).toBeInTheDocument();
      expect(select()).toHaveTextContent('Can view');
    });

    it('puts the old level back and says what failed when the API refuses', async () => {
      const { user } = renderAccess('lidar-highway-scenes');
      await screen.findByRole('table', { name: 'People with access' });
      hold = holdMutations();
      const { select } = await chooseViewFor(user, 'Wei Zhang');
      await expect.poll(() => select().textContent).toBe('Can view');

      mockEngine.setScenario('server-error');
      hold.release();
      expect(
        await screen.findByText(
          "Changing Wei Zhang's access failed: Internal server error (simulated)",
        ),
      ).toBeInTheDocument();
      await expect.poll(() => select().textContent).toBe('Can manage');
      expect(ownGrantOf('Wei Zhang')).toBe('MANAGE');
      // The refresh that follows fails too: the page keeps what it showed, and says so.
      expect(await screen.findByText(/Refreshing who has access failed/)).toBeInTheDocument();
      expect(screen.getByRole('table', { name: 'People with access' })).toBeInTheDocument();
    });

    it('keeps a change to someone else made meanwhile when the API refuses this one', async () => {
      const { user } = renderAccess('lidar-highway-scenes');
      const people = await screen.findByRole('table', { name: 'People with access' });
      const wei = mockEngine.store.users.find((u) => u.name === 'Wei Zhang');
      // Only Wei's change waits for its answer.
      hold = holdMutations((variables) => variables.userId === wei?.id);
      const { select } = await chooseViewFor(user, 'Wei Zhang');
      await expect.poll(() => select().textContent).toBe('Can view');

      // Meanwhile Sofia's own grant goes, and the API takes it.
      expect(ownGrantOf('Sofia Petrova')).toBe('EDIT');
      await user.click(
        within(people).getByRole('button', { name: "Remove Sofia Petrova's own access" }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: "Remove Sofia Petrova's own access?",
      });
      await user.click(within(dialog).getByRole('button', { name: 'Remove access' }));
      await expect.poll(() => ownGrantOf('Sofia Petrova')).toBeUndefined();
      const toast = (await screen.findByText(/Sofia Petrova's own access .* was removed/)).closest(
        '[role="alert"]',
      );
      if (!(toast instanceof HTMLElement)) throw new Error('no toast');
      await user.click(within(toast).getByRole('button', { name: 'Close' }));
      const removeSofia = () =>
        within(people).queryByRole('button', { name: "Remove Sofia Petrova's own access" });
      await expect.poll(removeSofia).toBeNull();

      mockEngine.setScenario('server-error');
      hold.release();
      expect(
        await screen.findByText(
          "Changing Wei Zhang's access failed: Internal server error (simulated)",
        ),
      ).toBeInTheDocument();
      await expect.poll(() => select().textContent).toBe('Can manage');
      expect(ownGrantOf('Wei Zhang')).toBe('MANAGE');
      // The refresh that follows fails: what the page shows is the rollback, and Sofia's
      // removal is still there.
      expect(await screen.findByText(/Refreshing who has access failed/)).toBeInTheDocument();
      expect(removeSofia()).toBeNull();
      const sofia = within(people).getByText('Sofia Petrova').closest('tr');
      expect(sofia).toHaveTextContent('Groups: Autonomy Perception');
      expect(
        within(people).getByRole('combobox', { name: 'Own grant of Sofia Petrova' }),
      ).not.toHaveTextContent('Can edit');
    });
  });
});
