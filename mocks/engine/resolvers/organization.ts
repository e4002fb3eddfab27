import type { Context } from '../context.ts';
import type { ResolverMap } from '../schema.ts';

// The organization and the server's version strings.

export const API_VERSION = 'v1';
export const SERVER_VERSION = '2.12.0+mock';

export const organizationResolvers: ResolverMap = {
  Query: {
    apiVersion: () => API_VERSION,
    version: () => SERVER_VERSION,
    organization: (_: unknown, _args: unknown, ctx: Context) => ctx.store.organization,
  },
  Organization: {
    // A private package index token; the mock's organizations have none.
    pypiToken: () => null,
  },
};
