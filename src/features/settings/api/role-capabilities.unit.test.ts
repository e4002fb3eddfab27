import { describe, expect, it } from 'vitest';
import { roleCap } from '../../../../mocks/engine/rules/dataset-access.ts';
import { createTestEngine, gql, KEYS } from '../../../../mocks/engine/test-fixtures.ts';
import { ROLES, type Role } from '../../../lib/roles.ts';
import { CAPABILITIES } from './role-capabilities.ts';
import { permissionText } from '../../../lib/permissions.ts';

// The Roles page explains what the API enforces: check the matrix against the mock API.

/** A request only someone with the capability gets answered. */
const PROBES: Record<string, string> = {
  users: '{ invitations { id } }',
  groups: '{ userGroups(first: 1) { id } }',
  secrets: '{ secrets { key } }',
  'cloud-credentials': '{ cloudCredentials { provider } }',
  settings: '{ organizationSettings { defaultUserRole } }',
  orchestrators: '{ orchestratorsPage { nodeTotal } }',
  'api-keys': 'mutation { generateApiKey(name: "probe") { id } }',
};

const KEY_OF: Partial<Record<Role, string>> = {
  ADMIN: KEYS.admin,
  MEMBER: KEYS.member,
  COLLABORATOR: KEYS.collaborator,
  // A guest holds no key the API accepts (that is the api-keys row).
  GUEST: KEYS.guest,
};

function capability(id: string) {
  const found = CAPABILITIES.find((c) => c.id === id);
  if (!found) throw new Error(`no capability ${id}`);
  return found;
}

describe('the roles matrix', () => {
  it.each(Object.keys(PROBES))('says who may %s, as the API answers', async (id) => {
    const engine = createTestEngine();
    for (const role of ROLES) {
      const key = KEY_OF[role];
      if (!key) continue;
      const reply = await gql(engine, key, PROBES[id] ?? '');
      const answered = reply.status === 200 && !reply.body.errors;
      expect(answered, `${role} on ${id}`).toBe(capability(id).allowed[role] !== false);
      if (!answered && reply.status === 200) {
        expect(reply.body.errors?.[0]?.extensions?.code, `${role} on ${id}`).toBe('FORBIDDEN');
      }
    }
  });

  it('gives each role the dataset permission cap the API applies', () => {
    for (const role of ROLES) {
      expect(capability('max-permission').allowed[role]).toMatch(
        new RegExp(`^${permissionText(roleCap(role))}`),
      );
    }
  });
});
