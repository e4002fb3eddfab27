import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { AddPersonDialog } from './add-person-dialog.tsx';

function renderDialog(as: 'admin' | 'manager' = 'admin', dataset = 'lidar-highway-scenes') {
  return renderWithProviders(
    <AddPersonDialog
      dataset={dataset}
      admin={as === 'admin'}
      excludeIds={new Set()}
      onClose={() => undefined}
    />,
    { as },
  );
}

const lidar = () => {
  const d = mockEngine.store.datasets.find((x) => x.name === 'lidar-highway-scenes');
  if (!d) throw new Error('demo seed changed');
  return d;
};
const userId = (email: string) => mockEngine.store.users.find((u) => u.email === email)?.id ?? '';

describe('AddPersonDialog', () => {
  it('flags an e-mail longer than 254 characters as it is typed', async () => {
    const { user } = renderDialog();
    const person = screen.getByRole('combobox', { name: 'Person' });
    // Pasted, as such an address would arrive; 245 + "@acme.ai" = 253, then two more.
    await user.click(person);
    await user.paste(`${'a'.repeat(245)}@acme.ai`);
    expect(screen.queryByText(/254 characters/)).not.toBeInTheDocument();
    await user.type(person, 'xx');
    expect(await screen.findByText(/254 characters/)).toBeInTheDocument();
    expect(person).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers a guest only Can view and says why the rest is off', async () => {
    const { user } = renderDialog();
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'olivia');
    await user.click(await screen.findByRole('option', { name: /Olivia Brooks/ }));
    expect(screen.getByText('In the organization as a Guest.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Permission' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => [o.textContent, o.getAttribute('aria-disabled')])).toEqual([
      ['Can viewCan open and browse the dataset.', null],
      ['Can tagGuests can have at most Can view', 'true'],
      ['Can editGuests can have at most Can view', 'true'],
      ['Can manageGuests can have at most Can view', 'true'],
    ]);
    await user.click(options[0] ?? document.body);
    await user.click(screen.getByRole('button', { name: 'Grant access' }));
    await expect.poll(() => lidar().userGrants[userId('olivia.brooks@northwind.com')]).toBe('VIEW');
  });

  it('caps a collaborator at Can edit', async () => {
    const { user } = renderDialog();
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'cleo');
    await user.click(await screen.findByRole('option', { name: /Cleo Marchetti/ }));
    await user.click(screen.getByRole('combobox', { name: 'Permission' }));
    const manage = await screen.findByRole('option', { name: /^Can manage/ });
    expect(manage).toHaveAttribute('aria-disabled', 'true');
    expect(manage).toHaveTextContent('Collaborators can have at most Can edit');
    expect(screen.getByRole('option', { name: /^Can edit/ })).not.toHaveAttribute('aria-disabled');
  });

  it('invites an e-mail that is no user, with the role the level needs', async () => {
    const { user } = renderDialog();
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'new.labeler@vendor.io');
    const inviteAs = await screen.findByRole('combobox', { name: 'Invite as' });
    expect(inviteAs).toHaveTextContent('Guest');
    expect(
      screen.getByText(
        /new\.labeler@vendor\.io is not in the organization yet: they are invited as a Guest/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Permission' }));
    await user.click(await screen.findByRole('option', { name: /^Can edit/ }));
    expect(inviteAs).toHaveTextContent('Collaborator');
    await user.click(screen.getByRole('button', { name: 'Invite and grant' }));
    await expect
      .poll(() => mockEngine.store.invitations.find((i) => i.email === 'new.labeler@vendor.io'))
      .toMatchObject({
        role: 'COLLABORATOR',
        datasetGrants: [{ datasetId: lidar().id, permission: 'EDIT' }],
      });
  });

  it('lets a manager type an e-mail and choose a role, but not Admin', async () => {
    const { user } = renderDialog('manager');
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'someone@vendor.io');
    expect(
      await screen.findByText(
        /If someone@vendor\.io is not in the organization yet, they are invited as a Guest/,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Invite as' }));
    const roles = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(roles).toEqual(['Member', 'Collaborator', 'Guest']);
  });

  it('asks for a real address and keeps the input when the server refuses', async () => {
    const { user } = renderDialog();
    const person = screen.getByRole('combobox', { name: 'Person' });
    await user.type(person, 'not an email');
    await user.click(screen.getByRole('button', { name: 'Grant access' }));
    expect(
      await screen.findByText('Choose a person from the list, or type a valid e-mail address'),
    ).toBeInTheDocument();
    await user.clear(person);
    await user.type(person, 'later@vendor.io');
    await screen.findByRole('combobox', { name: 'Invite as' });
    mockEngine.setScenario('graphql-error');
    await user.click(screen.getByRole('button', { name: 'Invite and grant' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Simulated GraphQL error');
    expect(person).toHaveValue('later@vendor.io');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(mockEngine.store.invitations.some((i) => i.email === 'later@vendor.io')).toBe(false);
  });

  describe('with invitations turned off for the organization', () => {
    it('tells an admin that an e-mail of nobody in it cannot be invited, and grants nothing', async () => {
      mockEngine.store.featureFlag.invitationsEnabled = false;
      const { user } = renderDialog();
      await user.type(screen.getByRole('combobox', { name: 'Person' }), 'new.labeler@vendor.io');
      expect(
        await screen.findByText(
          /new\.labeler@vendor\.io is not in the organization, and invitations are turned off/,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: 'Invite as' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Invite and grant' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Grant access' })).toBeDisabled();
    });

    it('still grants a person in the organization typed by e-mail', async () => {
      mockEngine.store.featureFlag.invitationsEnabled = false;
      const { user } = renderDialog('manager');
      await user.type(
        screen.getByRole('combobox', { name: 'Person' }),
        'olivia.brooks@northwind.com',
      );
      expect(
        await screen.findByText(
          /Invitations are turned off for this organization: this works only/,
        ),
      ).toBeInTheDocument();
      expect(screen.queryByRole('combobox', { name: 'Invite as' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Grant access' }));
      await expect
        .poll(() => lidar().userGrants[userId('olivia.brooks@northwind.com')])
        .toBe('VIEW');
    });
  });
});
