import type { ResolverMap } from '../schema.ts';

// Filled in by this domain's issue; until then its root fields answer NOT_IMPLEMENTED.
export const settingsResolvers: ResolverMap = {};
