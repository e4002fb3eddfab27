import { mergeResolvers, type ResolverMap } from '../schema.ts';
import { apiKeyResolvers } from './api-keys.ts';
import { datasetResolvers } from './datasets.ts';
import { groupResolvers } from './groups.ts';
import { invitationResolvers } from './invitations.ts';
import { organizationResolvers } from './organization.ts';
import { userResolvers } from './users.ts';
import { pluginResolvers } from './plugins.ts';
import { orchestratorResolvers } from './orchestrators.ts';
import { secretResolvers } from './secrets.ts';
import { cloudCredentialResolvers } from './cloud-credentials.ts';
import { settingsResolvers } from './settings.ts';
import { snapshotResolvers } from './snapshots.ts';
import { serverInfoResolvers } from './server-info.ts';

// Every domain's resolvers. Root fields not served here answer NOT_IMPLEMENTED (schema.ts).
export const resolvers: ResolverMap = mergeResolvers(
  organizationResolvers,
  userResolvers,
  apiKeyResolvers,
  invitationResolvers,
  groupResolvers,
  datasetResolvers,
  pluginResolvers,
  orchestratorResolvers,
  secretResolvers,
  cloudCredentialResolvers,
  settingsResolvers,
  snapshotResolvers,
  serverInfoResolvers,
);
