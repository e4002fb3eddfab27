import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orchestratorSecretName } from '../../../../mocks/engine/rules/orchestrators.ts';
import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import {
  buildTestStore,
  createTestEngine,
  gql,
  KEYS,
} from '../../../../mocks/engine/test-fixtures.ts';
import {
  CONFIG_FIELDS,
  emptyRegisterForm,
  ENVIRONMENT_KEYS,
  registerOrchestratorSchema,
  registerSchemaWith,
  SECRET_FIELDS,
  secretNameClashes,
  secretNameFor,
  toRegisterVariables,
  type RegisterForm,
  type SecretEntry,
} from './register-schema.ts';
import { ENVIRONMENTS, type Environment } from './environments.ts';

// Property-based tests of the register form's schema, and of what it sends, against the mock.

const EXISTING_SECRETS = ['SHARED_DBX_HOST', 'ANYSCALE_TOKEN', 'TEAM_CLIENT_ID'];

const instanceId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,30}$/);
const filled = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
/** A secret value: never the key of an existing secret (that would link it). */
const secretValue = filled.filter((s) => !EXISTING_SECRETS.includes(s));
const secretEntry: fc.Arbitrary<SecretEntry> = fc.oneof(
  secretValue.map((value) => ({ mode: 'value' as const, value, secretKey: '' })),
  fc.constantFrom(...EXISTING_SECRETS).map((secretKey) => ({
    mode: 'existing' as const,
    value: '',
    secretKey,
  })),
);

/** A valid form for `environment`, with leftovers of the other environments' fields. */
function validForm(environment: Environment): fc.Arbitrary<RegisterForm> {
  const config = CONFIG_FIELDS[environment];
  const secrets = SECRET_FIELDS[environment];
  return fc.record({
    instanceIdentifier: instanceId,
    description: fc.string({ maxLength: 40 }),
    environment: fc.constant(environment),
    config: fc
      .tuple(
        ...config.map((f) =>
          (f.required ? filled : fc.oneof(fc.constant(''), filled)).map((v): [string, string] => [
            f.key,
            v,
          ]),
        ),
      )
      .map((entries) => ({ leftover: 'from another environment', ...Object.fromEntries(entries) })),
    secrets: fc
      .tuple(...secrets.map((f) => secretEntry.map((e): [string, SecretEntry] => [f.key, e])))
      .map((entries) => Object.fromEntries(entries)),
  });
}

const anyValidForm = fc.constantFrom(...ENVIRONMENTS).chain(validForm);

describe('registerOrchestratorSchema', () => {
  it('accepts every complete form, and sends only its environment’s fields under its key', () => {
    fc.assert(
      fc.property(anyValidForm, (form) => {
        const parsed = registerOrchestratorSchema.safeParse(form);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const variables = toRegisterVariables(parsed.data);
        const key = ENVIRONMENT_KEYS[form.environment];
        const configFields = CONFIG_FIELDS[form.environment];
        const secretFields = SECRET_FIELDS[form.environment];
        if (configFields.length === 0) expect(variables.config).toBeNull();
        else {
          expect(Object.keys(variables.config ?? {})).toEqual([key]);
          for (const f of configFields.filter((f) => f.required)) {
            expect(variables.config?.[key]?.[f.key]).toBe(form.config[f.key]?.trim());
          }
          expect(variables.config?.[key]).not.toHaveProperty('leftover');
        }
        if (secretFields.length === 0) expect(variables.secrets).toBeNull();
        else {
          expect(Object.keys(variables.secrets ?? {})).toEqual([key]);
          expect(Object.keys(variables.secrets?.[key] ?? {}).sort()).toEqual(
            secretFields.map((f) => f.key).sort(),
          );
        }
      }),
    );
  });

  it('refuses a form missing any required field, on that field', () => {
    const withHole = fc
      .constantFrom<Environment>('DATABRICKS', 'ANYSCALE')
      .chain((env) =>
        fc.tuple(
          validForm(env),
          fc.constantFrom(
            ...CONFIG_FIELDS[env].filter((f) => f.required).map((f) => ['config', f.key]),
            ...SECRET_FIELDS[env].map((f) => ['secrets', f.key]),
          ),
          fc.constantFrom('', '   '),
        ),
      );
    fc.assert(
      fc.property(withHole, ([form, [section, key], blank]) => {
        const holed: RegisterForm = structuredClone(form);
        let path: string[];
        if (section === 'config') {
          holed.config[key ?? ''] = blank;
          path = ['config', key ?? ''];
        } else {
          const entry = holed.secrets[key ?? ''];
          if (!entry) throw new Error('no entry');
          if (entry.mode === 'existing') entry.secretKey = blank;
          else entry.value = blank;
          path = ['secrets', key ?? '', entry.mode === 'existing' ? 'secretKey' : 'value'];
        }
        const parsed = registerOrchestratorSchema.safeParse(holed);
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path.join('.'));
      }),
    );
  });

  it('refuses an instance ID that is empty or not a plain name', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant('  '), fc.stringMatching(/^[!-/:-@[-`{-~][A-Za-z0-9]{0,5}$/)),
        validForm('SELF_REGISTERED'),
        (id, form) => {
          const parsed = registerOrchestratorSchema.safeParse({ ...form, instanceIdentifier: id });
          expect(parsed.success).toBe(false);
          expect(parsed.error?.issues[0]?.path).toEqual(['instanceIdentifier']);
        },
      ),
    );
  });
});

describe('secretNameFor', () => {
  it('names a stored secret exactly as the mock API does, in upper snake case', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, id) => {
        const name = secretNameFor(key, id);
        expect(name).toBe(orchestratorSecretName(key, id));
        expect(name).toMatch(/^[A-Z0-9_]*$/);
      }),
    );
  }, 30_000);
});

describe('what the form sends, against the mock API', () => {
  it('registers; typed values become secrets named <KEY>_<ID>, picked ones are linked, no value comes back', async () => {
    await fc.assert(
      fc.asyncProperty(anyValidForm, async (form) => {
        const store = buildTestStore();
        for (const key of EXISTING_SECRETS) {
          store.secrets.push({
            id: `e0000000000000000000000${EXISTING_SECRETS.indexOf(key)}`,
            key,
            description: null,
            scope: 'GLOBAL',
            createdAt: '2026-04-01T00:00:00.000000+00:00',
            createdById: null,
            ciphertext: 'gAAAAABopaque',
          });
        }
        const engine = createTestEngine(store);
        const parsed = registerOrchestratorSchema.parse(form);
        const variables = toRegisterVariables(parsed);
        const reply = await gql(
          engine,
          KEYS.admin,
          `mutation($i: String!, $d: String!, $e: OrchestratorEnvironment!, $c: JSON, $s: JSON) {
            registerOrchestrator(instanceIdentifier: $i, description: $d, environment: $e, config: $c, secrets: $s) { secrets }
          }`,
          {
            i: variables.instanceIdentifier,
            d: variables.description,
            e: variables.environment,
            c: variables.config,
            s: variables.secrets,
          },
        );
        expect(reply.body.errors).toBeUndefined();
        const key = ENVIRONMENT_KEYS[parsed.environment];
        const expected = Object.fromEntries(
          SECRET_FIELDS[parsed.environment].map((f) => {
            const entry = parsed.secrets[f.key];
            return [
              f.key,
              entry?.mode === 'existing'
                ? entry.secretKey
                : secretNameFor(f.key, parsed.instanceIdentifier),
            ];
          }),
        );
        expect(reply.body.data).toEqual({
          registerOrchestrator: {
            secrets: SECRET_FIELDS[parsed.environment].length > 0 ? { [key]: expected } : null,
          },
        });
        const everything = JSON.stringify([engine.store, reply.body]);
        for (const entry of Object.values(parsed.secrets)) {
          // Typed values long enough not to occur by chance in ids and names.
          if (entry.mode === 'value' && entry.value.length >= 12) {
            expect(everything).not.toContain(JSON.stringify(entry.value).slice(1, -1));
          }
        }
      }),
      { numRuns: 40 },
    );
    // A fresh store and engine per run: room for a machine under load.
  }, 30_000);
});

describe('secret name clashes', () => {
  it('flags every typed secret whose name is taken, all at once, and no linked or picked one', () => {
    fc.assert(
      fc.property(anyValidForm, (form) => {
        const parsed = registerOrchestratorSchema.parse(form);
        const typed = SECRET_FIELDS[parsed.environment].filter(
          (f) => parsed.secrets[f.key]?.mode === 'value',
        );
        const taken = new Set([
          ...EXISTING_SECRETS,
          ...typed.map((f) => secretNameFor(f.key, parsed.instanceIdentifier)),
        ]);
        const clashes = secretNameClashes(parsed, taken);
        expect(clashes.map((c) => c.key)).toEqual(typed.map((f) => f.key));
        const result = registerSchemaWith(taken).safeParse(form);
        const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
        expect(paths).toEqual(typed.map((f) => `secrets.${f.key}.value`));
        expect(secretNameClashes(parsed, new Set(EXISTING_SECRETS))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an instance ID, description or config value over the limit, on that field', () => {
    const base: RegisterForm = {
      ...emptyRegisterForm(),
      instanceIdentifier: 'runner',
      environment: 'SELF_REGISTERED',
    };
    const issues = (form: RegisterForm) => {
      const result = registerOrchestratorSchema.safeParse(form);
      return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
    };
    expect(issues({ ...base, instanceIdentifier: 'r'.repeat(65) })).toEqual([
      ['instanceIdentifier', tooLongMessage(LIMITS.orchestratorInstanceId)],
    ]);
    expect(issues({ ...base, description: 'd'.repeat(501) })).toEqual([
      ['description', tooLongMessage(LIMITS.orchestratorDescription)],
    ]);
    expect(issues({ ...base, description: 'd'.repeat(500) })).toEqual([]);
  });
});
