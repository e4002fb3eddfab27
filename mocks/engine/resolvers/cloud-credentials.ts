import { lengthProblem, LIMITS } from '../../../src/lib/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { userOrPlaceholder } from '../lookup.ts';
import {
  credentialsProblem,
  describeCredentials,
  findCredentials,
  normalisePrefixes,
} from '../rules/cloud-credentials.ts';
import { requireAdmin } from '../rules/permissions.ts';
import { mintCiphertext } from '../rules/secrets.ts';
import type { ResolverMap } from '../schema.ts';
import type { CloudCredentialRecord, CloudProvider } from '../types.ts';

// Cloud credentials (fiftyone-api.md §3.5, §14): admin only. The credentials string is checked,
// then dropped: the store keeps an opaque ciphertext, and no field ever returns it.

const PROVIDER_ORDER: readonly CloudProvider[] = ['AWS', 'GCP', 'AZURE', 'MINIO'];

function toCloudCredentials(record: CloudCredentialRecord) {
  return {
    provider: record.provider,
    prefixes: [...record.prefixes],
    description: record.description,
    createdAt: record.createdAt,
    createdById: record.createdById,
  };
}

type CloudCredentialsView = ReturnType<typeof toCloudCredentials>;

export const cloudCredentialResolvers: ResolverMap = {
  Query: {
    cloudCredentials: (_: unknown, _args: unknown, ctx: Context) => {
      requireAdmin(ctx, 'list cloud credentials');
      return [...ctx.store.cloudCredentials]
        .sort(
          (a, b) =>
            PROVIDER_ORDER.indexOf(a.provider) - PROVIDER_ORDER.indexOf(b.provider) ||
            a.prefixes.length - b.prefixes.length ||
            a.createdAt.localeCompare(b.createdAt),
        )
        .map(toCloudCredentials);
    },
    cloudCredential: (
      _: unknown,
      args: { provider: CloudProvider; prefixes?: string[] | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'read cloud credentials');
      const record = findCredentials(ctx.store, args.provider, normalisePrefixes(args.prefixes));
      return record ? toCloudCredentials(record) : null;
    },
  },
  CloudProviderCredentials: {
    createdBy: (parent: CloudCredentialsView, _args: unknown, ctx: Context) =>
      userOrPlaceholder(ctx.store, parent.createdById),
  },
  Mutation: {
    setCloudCredentials: (
      _: unknown,
      args: {
        provider: CloudProvider;
        credentials: string;
        prefixes?: string[] | null;
        description?: string | null;
        overwrite?: boolean | null;
      },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'add cloud credentials');
      const problem = credentialsProblem(args.provider, args.credentials);
      if (problem) fail('BAD_USER_INPUT', problem);
      const prefixes = normalisePrefixes(args.prefixes);
      const tooLong = lengthProblem(
        'description',
        args.description?.trim() ?? '',
        LIMITS.credentialsDescription,
      );
      if (tooLong) fail('BAD_USER_INPUT', tooLong);
      const existing = findCredentials(ctx.store, args.provider, prefixes);
      if (existing && args.overwrite === false) {
        fail(
          'CONFLICT',
          `The ${describeCredentials(args.provider, prefixes)} already exist; send overwrite: true to replace them`,
        );
      }
      const record: CloudCredentialRecord = {
        id: existing?.id ?? ctx.nextId(),
        provider: args.provider,
        prefixes,
        description: args.description?.trim() ? args.description.trim() : null,
        createdAt: ctx.nowIso(),
        createdById: ctx.viewer.id,
        ciphertext: mintCiphertext(ctx.store, ctx.now()),
      };
      // The same provider and buckets: the new credentials replace the old ones.
      ctx.store.cloudCredentials = [
        ...ctx.store.cloudCredentials.filter((other) => other !== existing),
        record,
      ];
      return toCloudCredentials(record);
    },
    removeCloudCredentials: (
      _: unknown,
      args: { provider: CloudProvider; prefixes?: string[] | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'delete cloud credentials');
      const prefixes = normalisePrefixes(args.prefixes);
      const existing = findCredentials(ctx.store, args.provider, prefixes);
      if (!existing) {
        fail('NOT_FOUND', `There are no ${describeCredentials(args.provider, prefixes)}`);
      }
      ctx.store.cloudCredentials = ctx.store.cloudCredentials.filter((other) => other !== existing);
      return null;
    },
  },
};
