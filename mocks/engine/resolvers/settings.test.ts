import { describe, expect, it } from 'vitest';
import { createTestEngine, data, firstError, KEYS, matching } from '../test-fixtures.ts';

// The SDK's documents (fiftyone/management/organization.py), verbatim.
const GET_ORGANIZATION_SETTINGS_QUERY = `
query {
    organizationSettings {
        defaultUserRole
        defaultDatasetPermission
        defaultOperatorMinimumRole
        defaultOperatorMinimumDatasetPermission
    }
}
`;

const SET_ORGANIZATION_SETTINGS_QUERY = `
mutation (
    $defaultUserRole: UserRole,
    $defaultDatasetPermission: DatasetPermission,
    $defaultOperatorMinimumRole: UserRole,
    $defaultOperatorMinimumDatasetPermission: DatasetPermission
) {
    setOrganizationSettings (
        defaultUserRole: $defaultUserRole,
        defaultDatasetPermission: $defaultDatasetPermission,
        defaultOperatorMinimumRole: $defaultOperatorMinimumRole,
        defaultOperatorMinimumDatasetPermission: $defaultOperatorMinimumDatasetPermission
    ){
        defaultUserRole
        defaultDatasetPermission
        defaultOperatorMinimumRole
        defaultOperatorMinimumDatasetPermission
    }
}
`;

const UNCHANGED = {
  defaultUserRole: null,
  defaultDatasetPermission: null,
  defaultOperatorMinimumRole: null,
  defaultOperatorMinimumDatasetPermission: null,
};

describe('organization settings', () => {
  it('reads the four settings', async () => {
    const engine = createTestEngine();
    expect(await data(engine, KEYS.admin, GET_ORGANIZATION_SETTINGS_QUERY)).toEqual({
      organizationSettings: {
        defaultUserRole: 'MEMBER',
        defaultDatasetPermission: 'VIEW',
        defaultOperatorMinimumRole: 'MEMBER',
        defaultOperatorMinimumDatasetPermission: 'VIEW',
      },
    });
  });

  it('changes only what is not null, as set_organization_settings sends it', async () => {
    const engine = createTestEngine();
    const answer = await data(engine, KEYS.admin, SET_ORGANIZATION_SETTINGS_QUERY, {
      ...UNCHANGED,
      defaultDatasetPermission: 'EDIT',
      defaultOperatorMinimumRole: 'ADMIN',
    });
    const expected = {
      defaultUserRole: 'MEMBER',
      defaultDatasetPermission: 'EDIT',
      defaultOperatorMinimumRole: 'ADMIN',
      defaultOperatorMinimumDatasetPermission: 'VIEW',
    };
    expect(answer).toEqual({ setOrganizationSettings: expected });
    expect(await data(engine, KEYS.admin, GET_ORGANIZATION_SETTINGS_QUERY)).toEqual({
      organizationSettings: expected,
    });

    // All null (what the SDK refuses to send) changes nothing.
    expect(await data(engine, KEYS.admin, SET_ORGANIZATION_SETTINGS_QUERY, UNCHANGED)).toEqual({
      setOrganizationSettings: expected,
    });
  });

  it('refuses anyone but an admin, and changes nothing', async () => {
    const engine = createTestEngine();
    for (const key of [KEYS.member, KEYS.collaborator]) {
      expect(await firstError(engine, key, GET_ORGANIZATION_SETTINGS_QUERY)).toEqual({
        message: matching(/^Only admins can read the organization settings/),
        code: 'FORBIDDEN',
      });
      expect(
        await firstError(engine, key, SET_ORGANIZATION_SETTINGS_QUERY, {
          ...UNCHANGED,
          defaultUserRole: 'ADMIN',
        }),
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(engine.store.settings.defaultUserRole).toBe('MEMBER');
  });

  it('refuses a value that is not a role or permission before anything runs', async () => {
    const engine = createTestEngine();
    const error = await firstError(engine, KEYS.admin, SET_ORGANIZATION_SETTINGS_QUERY, {
      ...UNCHANGED,
      defaultUserRole: 'OWNER',
    });
    expect(error.message).toMatch(/OWNER/);
    expect(engine.store.settings.defaultUserRole).toBe('MEMBER');
  });
});
