import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { dismissNotification, getNotifications } from '../../../lib/notifications.ts';
import { Component as SettingsPage } from './settings-page.tsx';

function renderTab(tab: string, as: 'admin' | 'member' | 'collaborator' = 'admin') {
  return renderWithProviders(<SettingsPage />, {
    path: `/settings/${tab}`,
    routePath: '/settings/*',
    as,
  });
}

async function choose(user: ReturnType<typeof renderTab>['user'], field: string, option: string) {
  await user.click(await screen.findByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Settings › Organization', () => {
  // Toasts are module-wide: one left by the previous test would hold this test's back.
  beforeEach(() => {
    for (const n of getNotifications()) dismissNotification(n.id);
  });

  it('says what each default affects and how many operators inherit the operator defaults', async () => {
    renderTab('organization');
    const form = await screen.findByRole('form', { name: 'Organization settings' });
    expect(within(form).getByRole('combobox', { name: 'Default user role' })).toHaveTextContent(
      'Member',
    );
    expect(form).toHaveTextContent('The role preselected when you invite people');
    expect(form).toHaveTextContent('The access every member gets to a dataset created from now on');
    const operators = mockEngine.store.plugins.flatMap((p) => p.operators);
    const noRole = operators.filter((op) => !op.permission?.minimumRole).length;
    const noPermission = operators.filter((op) => !op.permission?.minimumDatasetPermission).length;
    expect(
      await within(form).findByText(`${noRole} of ${operators.length} operators inherit it.`),
    ).toBeInTheDocument();
    expect(
      within(form).getByText(`${noPermission} of ${operators.length} operators inherit it.`),
    ).toBeInTheDocument();
  });

  it('saves only what changed: a setting changed elsewhere meanwhile is kept', async () => {
    const { user } = renderTab('organization');
    await screen.findByRole('form', { name: 'Organization settings' });
    const save = screen.getByRole('button', { name: 'Save changes' });
    expect(save).toBeDisabled();
    await choose(user, 'Default user role', 'Collaborator');
    await choose(user, 'Default operator minimum role', 'Admin');
    expect(save).toBeEnabled();
    // Another admin changes a setting this form has not touched.
    mockEngine.store.settings.defaultDatasetPermission = 'TAG';
    await user.click(save);
    expect(
      await screen.findByText('Saved: default user role, default operator minimum role.'),
    ).toBeInTheDocument();
    expect(mockEngine.store.settings).toEqual({
      defaultUserRole: 'COLLABORATOR',
      defaultDatasetPermission: 'TAG',
      defaultOperatorMinimumRole: 'ADMIN',
      defaultOperatorMinimumDatasetPermission: 'EDIT',
    });
    expect(save).toBeDisabled();
  });

  it('discards unsaved changes', async () => {
    const { user } = renderTab('organization');
    await screen.findByRole('form', { name: 'Organization settings' });
    await choose(user, 'Default dataset permission', 'Can edit');
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByRole('combobox', { name: 'Default dataset permission' })).toHaveTextContent(
      'Can view',
    );
    expect(mockEngine.store.settings.defaultDatasetPermission).toBe('VIEW');
  });

  it('keeps the choices and says why when saving fails', async () => {
    const { user } = renderTab('organization');
    await screen.findByRole('form', { name: 'Organization settings' });
    await choose(user, 'Default dataset permission', 'No access');
    mockEngine.setScenario('graphql-error');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saving failed: Simulated GraphQL error')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Default dataset permission' })).toHaveTextContent(
      'No access',
    );
    expect(mockEngine.store.settings.defaultDatasetPermission).toBe('VIEW');
  });

  it('asks before another tab leaves unsaved changes behind: stay, discard, or save and go', async () => {
    const { user, router } = renderTab('organization');
    await screen.findByRole('form', { name: 'Organization settings' });
    await choose(user, 'Default user role', 'Guest');
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved: default user role.');

    // Keep editing: still here, the choice intact.
    await user.click(screen.getByRole('tab', { name: 'Roles' }));
    let dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('Your changes to the default user role are not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(router.state.location.pathname).toBe('/settings/organization');
    expect(screen.getByRole('combobox', { name: 'Default user role' })).toHaveTextContent('Guest');

    // Save and leave: saved, said, and gone to the tab asked for.
    await user.click(screen.getByRole('tab', { name: 'Roles' }));
    dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Save and leave' }));
    expect(await screen.findByText('Saved: default user role.')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'What each role may do' })).toBeInTheDocument();
    expect(mockEngine.store.settings.defaultUserRole).toBe('GUEST');
  });

  it('discards unsaved changes when the person chooses to leave anyway', async () => {
    const { user, router } = renderTab('organization');
    await screen.findByRole('form', { name: 'Organization settings' });
    await choose(user, 'Default dataset permission', 'Can manage');
    await user.click(screen.getByRole('tab', { name: 'API keys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard and leave' }));
    await expect.poll(() => router.state.location.pathname).toBe('/settings/api-keys');
    expect(mockEngine.store.settings.defaultDatasetPermission).toBe('VIEW');
  });

  it('lets a saved form go without asking', async () => {
    const { user, router } = renderTab('organization');
    await screen.findByRole('form', { name: 'Organization settings' });
    await choose(user, 'Default user role', 'Admin');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved: default user role.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Roles' }));
    await expect.poll(() => router.state.location.pathname).toBe('/settings/roles');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('explains the tab to a member who follows a link to it', async () => {
    renderTab('organization', 'member');
    expect(
      await screen.findByText(/Only admins can manage the organization settings/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    const tabs = screen.getByRole('tablist', { name: 'Settings sections' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['API keys', 'Roles']);
  });
});

describe('Settings › Roles', () => {
  function rowCells(table: HTMLElement, name: RegExp): (string | null)[] {
    const row = within(table).getByRole('rowheader', { name }).closest('tr');
    if (!row) throw new Error('no row');
    return within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
  }

  it('shows everyone what each role may do as the server states it, with their own role marked', async () => {
    renderTab('roles', 'collaborator');
    const table = await screen.findByRole('table', { name: 'What each role may do' });
    expect(
      within(table).getByRole('columnheader', { name: 'Collaborator (you)' }),
    ).toBeInTheDocument();
    // The server's display names and descriptions, and its values (the mock derives them from
    // the rules it enforces).
    expect(
      within(table).getByRole('rowheader', {
        name: 'Highest dataset permission A grant above it is refused; group grants are capped at it.',
      }),
    ).toBeInTheDocument();
    expect(rowCells(table, /^Highest dataset permission/)).toEqual([
      'Can manage',
      'Can manage',
      'Can edit',
      'Can view',
    ]);
    expect(rowCells(table, /^Use API keys/)).toEqual(['Yes', 'Yes', 'Yes', 'No']);
    expect(rowCells(table, /^Dataset access/)).toEqual([
      'Every dataset',
      'Shared with them, and each dataset’s default access',
      'Only datasets shared with them',
      'Only datasets shared with them',
    ]);
    expect(screen.getByText(/as the server states it/)).toBeInTheDocument();
    expect(screen.queryByText(/does not describe its roles/)).not.toBeInTheDocument();
  });

  it('against a server without roles, shows the built-in table and says so', async () => {
    mockEngine.setScenario('older-server');
    renderTab('roles', 'member');
    const table = await screen.findByRole('table', { name: 'What each role may do' });
    expect(
      screen.getByText(/This server does not describe its roles .* the console’s own table/),
    ).toBeInTheDocument();
    expect(rowCells(table, /^Highest dataset permission/)).toEqual([
      'Can manage (on every dataset)',
      'Can manage',
      'Can edit',
      'Can view',
    ]);
    expect(rowCells(table, /^Hold API keys/)).toEqual(['Yes', 'Yes', 'Yes', 'No']);
  });
});
