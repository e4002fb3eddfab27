import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import {
  matchesComparison,
  matchesStringFilter,
  type ComparisonFilter,
  type StringFilter,
} from '../queries/filters.ts';
import { requireAdmin } from '../rules/permissions.ts';
import {
  findSecret,
  mintCiphertext,
  requireSecret,
  requireSecretDescription,
  requireSecretKey,
  requireSecretValue,
  toEncryptedSecret,
} from '../rules/secrets.ts';
import type { ResolverMap } from '../schema.ts';
import type { SecretRecord, SecretScope } from '../types.ts';

// Secrets (fiftyone-api.md §3.11, §13, §14): admin only. Every secret is listed, those an
// orchestrator's registration stored included. A value goes in and never comes out.

const SCOPES: readonly SecretScope[] = ['DATASET', 'USER', 'PLUGIN', 'GLOBAL'];

interface SecretFilter {
  createdBy?: StringFilter | null;
  key?: StringFilter | null;
  scope?: ComparisonFilter<SecretScope> | null;
}

interface SecretOrder {
  field: 'createdAt' | 'key';
  direction: 'ASC' | 'DESC';
}

function matches(record: SecretRecord, filter: SecretFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.createdBy && !matchesStringFilter(record.createdById ?? '', filter.createdBy)) {
    return false;
  }
  return (
    matchesStringFilter(record.key, filter.key) &&
    matchesComparison(record.scope, filter.scope, SCOPES)
  );
}

function compare(a: SecretRecord, b: SecretRecord, order: SecretOrder | null | undefined): number {
  const field = order?.field ?? 'key';
  const sign = order?.direction === 'DESC' ? -1 : 1;
  const primary =
    field === 'key' ? a.key.localeCompare(b.key) : a.createdAt.localeCompare(b.createdAt);
  return sign * (primary || a.key.localeCompare(b.key));
}

export const secretResolvers: ResolverMap = {
  Query: {
    secret: (_: unknown, args: { key: string }, ctx: Context) => {
      requireAdmin(ctx, 'read secrets');
      const record = findSecret(ctx.store, args.key);
      return record ? toEncryptedSecret(record) : null;
    },
    secrets: (
      _: unknown,
      args: { filter?: SecretFilter | null; order?: SecretOrder | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'list secrets');
      return ctx.store.secrets
        .filter((record) => matches(record, args.filter))
        .sort((a, b) => compare(a, b, args.order))
        .map(toEncryptedSecret);
    },
  },
  Mutation: {
    createSecret: (
      _: unknown,
      args: { key: string; value: string; scope?: SecretScope | null; description?: string | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'add secrets');
      const key = requireSecretKey(args.key);
      requireSecretValue(args.value);
      requireSecretDescription(args.description);
      if (findSecret(ctx.store, key)) {
        fail('CONFLICT', `A secret with the key ${key} already exists; update it instead`);
      }
      const record: SecretRecord = {
        id: ctx.nextId(),
        key,
        description: args.description?.trim() ? args.description.trim() : null,
        scope: args.scope ?? 'GLOBAL',
        createdAt: ctx.nowIso(),
        createdById: ctx.viewer.id,
        ciphertext: mintCiphertext(ctx.store, ctx.now()),
      };
      ctx.store.secrets.push(record);
      return toEncryptedSecret(record);
    },
    updateSecret: (
      _: unknown,
      // Arguments left out arrive undefined: the same as null, "unchanged".
      args: {
        key: string;
        description?: string | null;
        scope?: SecretScope | null;
        value?: string | null;
      },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'update secrets');
      const record = requireSecret(ctx.store, args.key);
      requireSecretDescription(args.description);
      // Null means unchanged; an empty description clears it (fiftyone-api.md §14).
      if (args.value != null) {
        requireSecretValue(args.value);
        record.ciphertext = mintCiphertext(ctx.store, ctx.now());
      }
      if (args.description != null) {
        record.description = args.description.trim() === '' ? null : args.description.trim();
      }
      if (args.scope != null) record.scope = args.scope;
      return toEncryptedSecret(record);
    },
    deleteSecret: (_: unknown, args: { key: string }, ctx: Context) => {
      requireAdmin(ctx, 'delete secrets');
      const record = requireSecret(ctx.store, args.key);
      ctx.store.secrets = ctx.store.secrets.filter((secret) => secret !== record);
      return null;
    },
  },
};
