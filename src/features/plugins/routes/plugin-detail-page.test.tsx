import { screen, within } from '@testing-library/react';
import { useParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { holdMutations } from '../../../../tests/hold-mutations.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { getNotifications } from '../../../lib/notifications.ts';
import { pluginQueries } from '../api/queries.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import { Component as PluginDetailPage } from './plugin-detail-page.tsx';

function renderPlugin(name: string, as: 'admin' | 'member' = 'admin') {
  return renderWithProviders(<PluginDetailPage />, {
    path: `/plugins/${encodeURIComponent(name)}`,
    routePath: '/plugins/:pluginName',
    as,
  });
}

function stored(name: string) {
  const plugin = mockEngine.store.plugins.find((p) => p.name === name);
  if (!plugin) throw new Error(`no plugin ${name}`);
  return plugin;
}

describe('A plugin’s page', () => {
  it('shows what applies to each operator: its own minimums, or the organization’s defaults', async () => {
    renderPlugin('@voxel51/brain');
    const similarity = await screen.findByRole('combobox', {
      name: 'Minimum role for compute_similarity',
    });
    expect(similarity).toHaveValue('MEMBER');
    const inherited = screen.getByRole('combobox', {
      name: 'Minimum role for compute_visualization',
    });
    const { defaultOperatorMinimumRole } = mockEngine.store.settings;
    const label = {
      ADMIN: 'Admin',
      MEMBER: 'Member',
      COLLABORATOR: 'Collaborator',
      GUEST: 'Guest',
    }[defaultOperatorMinimumRole];
    await expect
      .poll(() => within(inherited).getAllByRole('option')[0]?.textContent)
      .toBe(`${label} (organization default)`);
    expect(inherited).toHaveValue('');
  });

  it('sets one operator’s minimum role, leaving its dataset permission as it was', async () => {
    const { user } = renderPlugin('@voxel51/brain');
    const select = await screen.findByRole('combobox', {
      name: 'Minimum role for compute_visualization',
    });
    await user.selectOptions(select, 'COLLABORATOR');
    await expect
      .poll(
        () =>
          stored('@voxel51/brain').operators.find((o) => o.name === 'compute_visualization')
            ?.permission,
      )
      .toEqual({ minimumRole: 'COLLABORATOR', minimumDatasetPermission: null });
    expect(
      await screen.findByText('compute_visualization: minimum role set to Collaborator.'),
    ).toBeInTheDocument();
    // Once it has its own minimum, "default" stays listed but cannot be chosen: the API cannot
    // clear an operator's own setting, and the option says so.
    const fallback = await within(select).findByRole('option', {
      name: /organization default\): cannot be restored: the API keeps an operator’s own setting$/,
    });
    expect(fallback).toBeDisabled();
  });

  it('disables the minimums no one with the minimum role could meet, saying why', async () => {
    const { user } = renderPlugin('@voxel51/brain');
    const role = await screen.findByRole('combobox', {
      name: 'Minimum role for compute_visualization',
    });
    const permission = screen.getByRole('combobox', {
      name: 'Minimum dataset permission for compute_visualization',
    });
    await user.selectOptions(role, 'GUEST');
    expect(
      await screen.findByText('compute_visualization: minimum role set to Guest.'),
    ).toBeInTheDocument();
    expect(
      within(permission).getByRole('option', {
        name: 'Can manage (a guest can have at most Can view)',
      }),
    ).toBeDisabled();
    expect(
      within(permission).getByRole('option', {
        name: 'Can tag (a guest can have at most Can view)',
      }),
    ).toBeDisabled();
    expect(within(permission).getByRole('option', { name: 'Can view' })).toBeEnabled();

    // The other way round: with "Can manage" needed, a Collaborator minimum cannot be chosen.
    const similarityRole = screen.getByRole('combobox', {
      name: 'Minimum role for compute_similarity',
    });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Minimum dataset permission for compute_similarity' }),
      'MANAGE',
    );
    expect(
      await within(similarityRole).findByRole('option', {
        name: 'Collaborator (a collaborator can have at most Can edit)',
      }),
    ).toBeDisabled();
    expect(within(similarityRole).getByRole('option', { name: 'Member' })).toBeEnabled();
  });

  it('disables an operator, and the whole plugin', async () => {
    const { user } = renderPlugin('@voxel51/brain');
    await user.click(await screen.findByRole('switch', { name: 'compute_uniqueness enabled' }));
    await expect
      .poll(
        () =>
          stored('@voxel51/brain').operators.find((o) => o.name === 'compute_uniqueness')?.enabled,
      )
      .toBe(false);
    await user.click(screen.getByRole('switch', { name: 'Plugin enabled' }));
    expect(await screen.findByText(/This plugin is disabled/)).toBeInTheDocument();
    expect(stored('@voxel51/brain').enabled).toBe(false);
  });

  it('asks before uninstalling, naming the plugin and its operators', async () => {
    const { user } = renderPlugin('@acme/auto-labeler');
    await user.click(await screen.findByRole('button', { name: 'Uninstall' }));
    const dialog = await screen.findByRole('dialog', { name: 'Uninstall @acme/auto-labeler?' });
    expect(dialog).toHaveTextContent(
      '3 operators: run_auto_labeling, preview_auto_labels, cancel_auto_labeling',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(mockEngine.store.plugins.some((p) => p.name === '@acme/auto-labeler')).toBe(true);
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Uninstall' }));
    await user.click(
      within(
        await screen.findByRole('dialog', { name: 'Uninstall @acme/auto-labeler?' }),
      ).getByRole('button', { name: 'Uninstall' }),
    );
    await expect
      .poll(() => mockEngine.store.plugins.some((p) => p.name === '@acme/auto-labeler'))
      .toBe(false);
  });

  it('shows a member the operators read-only, and lets them download', async () => {
    const { queryClient } = renderPlugin('@voxel51/brain', 'member');
    const table = await screen.findByRole('table', { name: 'Operators of @voxel51/brain' });
    // Once the console knows who is signed in, a member still gets no controls.
    await expect
      .poll(() => queryClient.getQueryData(sessionQueries.viewer().queryKey)?.role)
      .toBe('MEMBER');
    expect(within(table).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(table).queryByRole('switch')).not.toBeInTheDocument();
    expect(within(table).getAllByText('Organization default').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Download' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uninstall' })).not.toBeInTheDocument();
  });

  it('offers no download, upgrade or uninstall for a built-in plugin', async () => {
    renderPlugin('@voxel51/utils');
    // The admin's switch shows once the console knows who is signed in.
    expect(await screen.findByRole('switch', { name: 'Plugin enabled' })).toBeInTheDocument();
    expect(screen.getByText('Built-in')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upgrade' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Uninstall' })).not.toBeInTheDocument();
  });

  describe('turning the plugin off', () => {
    let hold: ReturnType<typeof holdMutations> | null = null;
    afterEach(() => hold?.restore());

    it('shows it off at once, before the API answers, everywhere the plugin is shown', async () => {
      const { user, queryClient } = renderPlugin('@voxel51/brain');
      // The plugins list is in the cache too (visited before): it must agree with the page.
      await queryClient.query(pluginQueries.list(true));
      hold = holdMutations();
      const toggle = await screen.findByRole('switch', { name: 'Plugin enabled' });
      expect(toggle).toBeChecked();
      await user.click(toggle);

      await expect.poll(() => toggle).not.toBeChecked();
      expect(screen.getByText(/This plugin is disabled/)).toBeInTheDocument();
      const listed = queryClient
        .getQueryData(pluginQueries.list(true).queryKey)
        ?.find((p) => p.name === '@voxel51/brain');
      expect(listed?.enabled).toBe(false);
      // The API has not answered yet.
      expect(stored('@voxel51/brain').enabled).toBe(true);

      hold.release();
      await expect.poll(() => stored('@voxel51/brain').enabled).toBe(false);
      await expect.poll(() => toggle).toBeEnabled();
      expect(toggle).not.toBeChecked();
      expect(getNotifications()).toEqual([]);
    });

    it('puts the switch back and says what failed when the API refuses', async () => {
      const { user, queryClient } = renderPlugin('@voxel51/brain');
      await queryClient.query(pluginQueries.list(false));
      hold = holdMutations();
      const toggle = await screen.findByRole('switch', { name: 'Plugin enabled' });
      await user.click(toggle);
      await expect.poll(() => toggle).not.toBeChecked();

      mockEngine.setScenario('server-error');
      hold.release();
      expect(
        await screen.findByText('Changing the plugin failed: Internal server error (simulated)'),
      ).toBeInTheDocument();
      await expect.poll(() => toggle).toBeChecked();
      expect(screen.queryByText(/This plugin is disabled/)).not.toBeInTheDocument();
      const listed = queryClient
        .getQueryData(pluginQueries.list(false).queryKey)
        ?.find((p) => p.name === '@voxel51/brain');
      expect(listed?.enabled).toBe(true);
      expect(stored('@voxel51/brain').enabled).toBe(true);
    });
    it('keeps what changed meanwhile on another plugin when the API refuses this one', async () => {
      // As in the console, each plugin's page is its own (the navigation goes through the list).
      function EachPluginItsOwnPage() {
        const { pluginName } = useParams();
        return <PluginDetailPage key={pluginName} />;
      }
      const { user, queryClient, router } = renderWithProviders(<EachPluginItsOwnPage />, {
        path: `/plugins/${encodeURIComponent('@voxel51/brain')}`,
        routePath: '/plugins/:pluginName',
      });
      await queryClient.query(pluginQueries.list(false));
      const listed = (name: string) =>
        queryClient.getQueryData(pluginQueries.list(false).queryKey)?.find((p) => p.name === name)
          ?.enabled;
      // Only the brain's change waits for its answer.
      hold = holdMutations((variables) => variables.name === '@voxel51/brain');
      await user.click(await screen.findByRole('switch', { name: 'Plugin enabled' }));
      await expect.poll(() => listed('@voxel51/brain')).toBe(false);

      await router.navigate(`/plugins/${encodeURIComponent('@acme/auto-labeler')}`);
      await screen.findByRole('heading', { name: '@acme/auto-labeler' });
      const toggle = await screen.findByRole('switch', { name: 'Plugin enabled' });
      await user.click(toggle);
      await expect.poll(() => stored('@acme/auto-labeler').enabled).toBe(false);
      expect(listed('@acme/auto-labeler')).toBe(false);

      mockEngine.setScenario('server-error');
      hold.release();
      expect(
        await screen.findByText('Changing the plugin failed: Internal server error (simulated)'),
      ).toBeInTheDocument();
      // The brain goes back, in its page and in the list; the other plugin stays as it is now.
      await expect.poll(() => listed('@voxel51/brain')).toBe(true);
      expect(
        queryClient.getQueryData(pluginQueries.detail('@voxel51/brain').queryKey)?.enabled,
      ).toBe(true);
      expect(stored('@voxel51/brain').enabled).toBe(true);
      expect(listed('@acme/auto-labeler')).toBe(false);
      expect(toggle).not.toBeChecked();
      expect(screen.getByText(/This plugin is disabled/)).toBeInTheDocument();
    });
  });

  it('says when no such plugin is installed', async () => {
    renderPlugin('@nobody/nothing');
    expect(await screen.findByText('No such plugin')).toBeInTheDocument();
  });
});
