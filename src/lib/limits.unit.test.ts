import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTestEngine,
  firstError,
  gql,
  KEYS,
  matching,
} from '../../mocks/engine/test-fixtures.ts';
import type { Role } from './roles.ts';
import { apiKeyNameSchema } from '../features/api-keys/api/api-keys.ts';
import { personGrantSchema } from '../features/datasets/api/grant-schema.ts';
import { groupInfoSchema } from '../features/groups/api/group-schema.ts';
import { secretDescriptionSchema } from '../features/secrets/api/secret-schema.ts';
import { createSnapshotSchema } from '../features/snapshots/api/create-snapshot-schema.ts';
import { checkEmails } from '../features/users/api/invite-schema.ts';
import { LIMITS, tooLongMessage } from './limits.ts';

// Every text the console sends has the limit the API applies: the form refuses one character
// more with the same message everywhere, and the mock API refuses it too (BAD_USER_INPUT naming
// the field), so neither side accepts what the other would refuse.

/** An address of exactly `length` characters. */
function emailOf(length: number): string {
  const domain = '@acme.ai';
  return `${'a'.repeat(length - domain.length)}${domain}`;
}

const over = fc.integer({ min: 1, max: 40 });

describe('text limits in the forms', () => {
  it('take text up to the limit and refuse more, with one message', () => {
    const cases: [string, number, (text: string) => string[]][] = [
      [
        'group name',
        LIMITS.groupName,
        (t) => messages(groupInfoSchema, { name: t, description: '' }),
      ],
      [
        'group description',
        LIMITS.groupDescription,
        (t) => messages(groupInfoSchema, { name: 'g', description: t }),
      ],
      ['API key name', LIMITS.apiKeyName, (t) => messages(apiKeyNameSchema, { name: t })],
      [
        'snapshot name',
        LIMITS.snapshotName,
        (t) => messages(createSnapshotSchema([]), { name: t, description: '' }),
      ],
      [
        'snapshot description',
        LIMITS.snapshotDescription,
        (t) => messages(createSnapshotSchema([]), { name: 'v1', description: t }),
      ],
      ['secret description', LIMITS.secretDescription, (t) => messages(secretDescriptionSchema, t)],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cases), over, ([what, limit, check], extra) => {
        expect(check('x'.repeat(limit)), what).toEqual([]);
        expect(check('x'.repeat(limit + extra)), what).toEqual([tooLongMessage(limit)]);
      }),
      { numRuns: 60 },
    );
  });

  it('refuse an e-mail address over 254 characters, to invite or to grant', () => {
    const known = { members: new Map<string, Role>(), invited: new Set<string>() };
    expect(checkEmails([emailOf(254)], known)).toEqual([{ email: emailOf(254), status: 'ready' }]);
    fc.assert(
      fc.property(over, (extra) => {
        const email = emailOf(254 + extra);
        expect(checkEmails([email], known)).toEqual([
          {
            email,
            status: 'invalid',
            reason: 'Longer than 254 characters, the most an e-mail address can have',
          },
        ]);
        const grant = personGrantSchema.safeParse({
          who: email,
          userId: null,
          personRole: null,
          permission: 'VIEW',
          inviteRole: 'GUEST',
        });
        expect(grant.success ? [] : grant.error.issues.map((i) => i.message)).toEqual([
          'An e-mail address has at most 254 characters',
        ]);
      }),
      { numRuns: 20 },
    );
  });
});

function messages(schema: { safeParse: (value: unknown) => SafeResult }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);
}
type SafeResult = { success: boolean; error?: { issues: { message: string }[] } };

describe('text limits in the API', () => {
  it('refuse one character more than the console allows, naming the field', async () => {
    const engine = createTestEngine();
    const cases: [string, string, Record<string, unknown>][] = [
      [
        `mutation($email: String!) { sendUserInvitation(email: $email, role: MEMBER) { id } }`,
        'email',
        { email: emailOf(LIMITS.email + 1) },
      ],
      [
        `mutation($name: String!) { createUserGroup(name: $name) { id } }`,
        'name',
        { name: 'g'.repeat(LIMITS.groupName + 1) },
      ],
      [
        `mutation($d: String) { createUserGroup(name: "limits", description: $d) { id } }`,
        'description',
        { d: 'd'.repeat(LIMITS.groupDescription + 1) },
      ],
      [
        `mutation($name: String!) { generateApiKey(name: $name) { id } }`,
        'name',
        { name: 'k'.repeat(LIMITS.apiKeyName + 1) },
      ],
      [
        `mutation($d: String) { createDatasetSnapshot(datasetIdentifier: "alpha", snapshotName: "v9", description: $d) { id } }`,
        'description',
        { d: 'd'.repeat(LIMITS.snapshotDescription + 1) },
      ],
      [
        `mutation($d: String) { createSecret(key: "LIMITS", value: "v", description: $d) { id } }`,
        'description',
        { d: 'd'.repeat(LIMITS.secretDescription + 1) },
      ],
      [
        `mutation($v: String!) { createSecret(key: "LIMITS", value: $v) { id } }`,
        'value',
        { v: 'v'.repeat(LIMITS.secretValue + 1) },
      ],
      [
        `mutation($d: String) { setCloudCredentials(provider: AWS, credentials: "{\\"ini-file\\": \\"[x]\\"}", prefixes: ["limits"], description: $d) { provider } }`,
        'description',
        { d: 'd'.repeat(LIMITS.credentialsDescription + 1) },
      ],
      [
        `mutation($i: String!) { registerOrchestrator(instanceIdentifier: $i, description: "", environment: SELF_REGISTERED) { instanceIdentifier } }`,
        'instanceIdentifier',
        { i: 'r'.repeat(LIMITS.orchestratorInstanceId + 1) },
      ],
      [
        `mutation($d: String!) { registerOrchestrator(instanceIdentifier: "limits", description: $d, environment: SELF_REGISTERED) { instanceIdentifier } }`,
        'description',
        { d: 'd'.repeat(LIMITS.orchestratorDescription + 1) },
      ],
    ];
    for (const [document, field, variables] of cases) {
      expect(await firstError(engine, KEYS.admin, document, variables), document).toEqual({
        code: 'BAD_USER_INPUT',
        message: matching(new RegExp(`^${field} has at most [\\d,]+ characters`)),
      });
    }
    // Nothing was stored by the refusals; at the limit, the same calls go through.
    expect(engine.store.secrets.some((s) => s.key === 'LIMITS')).toBe(false);
    const reply = await gql(
      engine,
      KEYS.admin,
      `mutation($name: String!) { createUserGroup(name: $name) { name } }`,
      { name: 'g'.repeat(LIMITS.groupName) },
    );
    expect(reply.body.errors).toBeUndefined();
  });
});
