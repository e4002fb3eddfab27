import { lengthProblem, LIMITS } from '../../../src/lib/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { orchestratorSecretName } from '../seed/infrastructure.ts';
import { findSecret, mintCiphertext, requireSecretValue } from './secrets.ts';
import type { OrchestratorEnvironment, SecretRecord } from '../types.ts';

// Registering orchestrators (fiftyone-api.md §3.10, §13, §14 "Orchestrators"): each environment's
// `config` and `secrets` sit under one top-level key, its SDK value; secret values are stored as
// secrets and the orchestrator keeps only their names.

export { orchestratorSecretName };

interface EnvironmentRules {
  /** The SDK's value and the top-level key of `config` and `secrets`. */
  key: string;
  label: string;
  config: readonly string[];
  secrets: readonly string[];
}

export const ENVIRONMENT_RULES: Readonly<Record<OrchestratorEnvironment, EnvironmentRules>> = {
  DATABRICKS: {
    key: 'databricks',
    label: 'Databricks',
    config: ['jobId', 'executionTaskId'],
    secrets: ['host', 'accountId', 'clientId', 'clientSecret'],
  },
  ANYSCALE: {
    key: 'anyscale',
    label: 'Anyscale',
    config: ['jobQueueName', 'imageUri', 'executionComputeConfig'],
    secrets: ['authToken'],
  },
  SELF_REGISTERED: { key: 'self_registered', label: 'self-registered', config: [], secrets: [] },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  return value === null || value === undefined;
}

/**
 * The environment's section of `config` or `secrets` (`{"databricks": {...}}` → `{...}`), or
 * null when the environment needs none and none was given. Refuses anything else.
 */
export function environmentSection(
  what: 'config' | 'secrets',
  value: unknown,
  environment: OrchestratorEnvironment,
): Record<string, unknown> | null {
  const rules = ENVIRONMENT_RULES[environment];
  const required = rules[what];
  const example = `{"${rules.key}": {${required.map((key) => `"${key}": …`).join(', ')}}}`;
  if (
    value === null ||
    value === undefined ||
    (isRecord(value) && Object.keys(value).length === 0)
  ) {
    if (required.length === 0) return null;
    return fail('BAD_USER_INPUT', `A ${rules.label} orchestrator needs ${what}: ${example}`);
  }
  if (!isRecord(value)) fail('BAD_USER_INPUT', `${what} must be a JSON object like ${example}`);
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== rules.key) {
    fail(
      'BAD_USER_INPUT',
      `${what} must have one top-level key, "${rules.key}" (the environment), not ${keys
        .map((key) => `"${key}"`)
        .join(', ')}`,
    );
  }
  const section = value[rules.key];
  if (!isRecord(section)) fail('BAD_USER_INPUT', `${what}.${rules.key} must be a JSON object`);
  const missing = required.filter((key) => isBlank(section[key]));
  if (missing.length > 0) {
    fail(
      'BAD_USER_INPUT',
      `${what}.${rules.key} is missing ${missing.join(', ')} (a ${rules.label} orchestrator needs ${required.join(', ')})`,
    );
  }
  if (what === 'config') {
    for (const [key, value] of Object.entries(section)) {
      const tooLong =
        typeof value === 'string'
          ? lengthProblem(`config.${rules.key}.${key}`, value, LIMITS.orchestratorConfigValue)
          : null;
      if (tooLong) fail('BAD_USER_INPUT', tooLong);
    }
  }
  if (what === 'secrets') {
    for (const [key, secret] of Object.entries(section)) {
      if (typeof secret !== 'string' || secret.trim() === '') {
        fail('BAD_USER_INPUT', `secrets.${rules.key}.${key} must be a non-empty string`);
      }
    }
  }
  return section;
}

/**
 * Stores each secret value as a secret named `<KEY>_<INSTANCE_ID>` and answers the names. A
 * value that is already the key of an existing secret links that secret instead. Every name is
 * checked before anything is stored, so a refusal stores nothing.
 */
export function storeOrchestratorSecrets(
  ctx: Context,
  instanceIdentifier: string,
  section: Record<string, unknown>,
): Record<string, string> {
  const names: Record<string, string> = {};
  const toCreate: { key: string; name: string }[] = [];
  const taken: { key: string; name: string }[] = [];
  for (const [key, value] of Object.entries(section)) {
    const text = typeof value === 'string' ? value : '';
    if (findSecret(ctx.store, text)) {
      names[key] = text;
      continue;
    }
    requireSecretValue(text);
    const name = orchestratorSecretName(key, instanceIdentifier);
    if (findSecret(ctx.store, name)) taken.push({ key, name });
    if (toCreate.some((planned) => planned.name === name)) {
      fail('BAD_USER_INPUT', `Two secrets would both be named ${name}`);
    }
    toCreate.push({ key, name });
    names[key] = name;
  }
  // Every clash in one refusal, so a client can fix them all at once.
  const [first, ...others] = taken;
  if (first && others.length === 0) {
    fail(
      'CONFLICT',
      `A secret named ${first.name} already exists: give its name as the value of ${first.key} to use it, or delete it first`,
    );
  }
  if (first) {
    fail(
      'CONFLICT',
      `Secrets named ${taken.map((t) => t.name).join(', ')} already exist: give each name as the value of ${taken
        .map((t) => t.key)
        .join(', ')} to use them, or delete them first`,
    );
  }
  for (const { key, name } of toCreate) {
    const secret: SecretRecord = {
      id: ctx.nextId(),
      key: name,
      description: `${key} of orchestrator ${instanceIdentifier}`,
      scope: 'GLOBAL',
      createdAt: ctx.nowIso(),
      createdById: ctx.viewer.id,
      // Minted at random, never derived from the value (which is dropped here).
      ciphertext: mintCiphertext(ctx.store, ctx.now()),
    };
    ctx.store.secrets.push(secret);
  }
  return names;
}
