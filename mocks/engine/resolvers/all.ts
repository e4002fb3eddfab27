import { mergeResolvers, type ResolverMap } from '../schema.ts';
import { apiKeyResolvers } from './api-keys.ts';
import { datasetResolvers } from './datasets.ts';
import { groupResolvers } from './groups.ts';
import { invitationResolvers } from './invitations.ts';
import { organizationResolvers } from './organization.ts';
import { userResolvers } from './users.ts';

// Every domain's resolvers. Root fields not served here answer NOT_IMPLEMENTED (schema.ts).
export const resolvers: ResolverMap = mergeResolvers(
  organizationResolvers,
  userResolvers,
  apiKeyResolvers,
  invitationResolvers,
  groupResolvers,
  datasetResolvers,
);
