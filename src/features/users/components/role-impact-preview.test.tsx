import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { effectivePermission } from '../../../../mocks/engine/rules/dataset-access.ts';
import { mockEngine } from '../../../../mocks/node.ts';
import { renderWithProviders } from '../../../../tests/render.tsx';
import { RoleImpactPreview } from './role-impact-preview.tsx';

const LABELS = {
  NO_ACCESS: 'No access',
  VIEW: 'Can view',
  TAG: 'Can tag',
  EDIT: 'Can edit',
  MANAGE: 'Can manage',
};

function emily() {
  const user = mockEngine.store.users.find((u) => u.email === 'emily.carter@acme.ai');
  if (!user) throw new Error('demo seed changed');
  return user;
}

describe('RoleImpactPreview', () => {
  it("lists every dataset whose access a new role changes, as the API's rule computes it", async () => {
    const user = emily();
    // What the mock's own rule says, for the member as she is and as a collaborator.
    const expected = mockEngine.store.datasets
      .map((dataset) => ({
        name: dataset.name,
        before: effectivePermission(mockEngine.store, user, dataset),
        after: effectivePermission(mockEngine.store, { ...user, role: 'COLLABORATOR' }, dataset),
      }))
      .filter((change) => change.before !== change.after)
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(expected.length).toBeGreaterThan(8);
    // She holds MANAGE of her own on retail-shelf-detection: a collaborator is capped at EDIT.
    expect(expected).toContainEqual({
      name: 'retail-shelf-detection',
      before: 'MANAGE',
      after: 'EDIT',
    });

    renderWithProviders(
      <RoleImpactPreview userId={user.id} name={user.name} from="MEMBER" to="COLLABORATOR" />,
    );
    const list = await screen.findByRole('list', { name: 'Datasets whose access changes' });
    expect(
      screen.getByText(`Emily Carter's access changes on ${expected.length} datasets:`),
    ).toBeInTheDocument();
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(expected.slice(0, 8).map((c) => `${c.name}${LABELS[c.before]} → ${LABELS[c.after]}`));
    expect(screen.getByText(`…and ${expected.length - 8} more.`)).toBeInTheDocument();
  });

  it('shows nothing while the role stays the same', () => {
    const user = emily();
    const { container } = renderWithProviders(
      <RoleImpactPreview userId={user.id} name={user.name} from="MEMBER" to="MEMBER" />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('says when no dataset changes', async () => {
    // A guest with only Can view grants keeps exactly those as a collaborator.
    const guest = mockEngine.store.users.find((u) => u.email === 'olivia.brooks@northwind.com');
    if (!guest) throw new Error('demo seed changed');
    renderWithProviders(
      <RoleImpactPreview userId={guest.id} name={guest.name} from="GUEST" to="COLLABORATOR" />,
    );
    expect(
      await screen.findByText("Olivia Brooks's access to every dataset stays the same."),
    ).toBeInTheDocument();
  });
});
