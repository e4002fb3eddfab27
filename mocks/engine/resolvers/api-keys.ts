import { LIMITS } from '../../../src/lib/limits.ts';
import { requireWithin } from '../rules/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { hashKey } from '../hash.ts';
import { mintApiKey } from '../ids.ts';
import { resolveTargetUser } from '../lookup.ts';
import { canHoldApiKeys, requireSelfOrAdmin } from '../rules/permissions.ts';
import type { ApiKeyRecord, UserRecord } from '../types.ts';
import type { ResolverMap } from '../schema.ts';

// API keys (fiftyone-api.md §3.4): the raw key exists only in generateApiKey's answer; the store
// keeps its hash, and listings show `key: null`.

function toApiKey(record: ApiKeyRecord, key: string | null = null) {
  return { id: record.id, name: record.name, createdAt: record.createdAt, key };
}

export const apiKeyResolvers: ResolverMap = {
  User: {
    apiKeys: (user: UserRecord, _args: unknown, ctx: Context) => {
      requireSelfOrAdmin(ctx, user, "see other users' API keys");
      return ctx.store.apiKeys.filter((key) => key.userId === user.id).map((key) => toApiKey(key));
    },
  },
  Mutation: {
    generateApiKey: (_: unknown, args: { name: string; userId: string | null }, ctx: Context) => {
      const user = resolveTargetUser(ctx, args.userId, 'generate API keys for other users');
      if (!canHoldApiKeys(user)) {
        fail('BAD_USER_INPUT', `Guests cannot have API keys (${user.email} is a guest)`);
      }
      const name = args.name.trim();
      if (name === '') fail('BAD_USER_INPUT', 'An API key needs a name');
      requireWithin('name', name, LIMITS.apiKeyName);
      const raw = mintApiKey(ctx.store, ctx.now());
      const record: ApiKeyRecord = {
        id: ctx.nextId(),
        userId: user.id,
        name,
        createdAt: ctx.nowIso(),
        keyHash: hashKey(raw),
      };
      ctx.store.apiKeys.push(record);
      return toApiKey(record, raw);
    },
    removeApiKey: (_: unknown, args: { keyId: string; userId: string | null }, ctx: Context) => {
      const user = resolveTargetUser(ctx, args.userId, "delete other users' API keys");
      const index = ctx.store.apiKeys.findIndex((k) => k.id === args.keyId && k.userId === user.id);
      if (index < 0) fail('NOT_FOUND', `API key not found: ${args.keyId} (for ${user.email})`);
      ctx.store.apiKeys.splice(index, 1);
      return null;
    },
  },
};
