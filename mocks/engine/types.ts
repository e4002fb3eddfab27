// The mock FiftyOne API's in-memory store. Plain JSON-serialisable records, so the
// browser demo can persist the whole store across reloads and tests can deep-copy it.
// Every datetime is an ISO 8601 string with microseconds and a numeric offset
// (`2026-05-01T12:00:00.123456+00:00`, fiftyone-api.md §14).

export type Role = 'ADMIN' | 'MEMBER' | 'COLLABORATOR' | 'GUEST';
export type DatasetPermission = 'NO_ACCESS' | 'VIEW' | 'TAG' | 'EDIT' | 'MANAGE';
export type CloudProvider = 'GCP' | 'AWS' | 'AZURE' | 'MINIO';
export type MediaType = 'group' | 'point_cloud' | 'three_d' | 'image' | 'video';
export type SnapshotLoadStatus = 'UNLOADED' | 'LOADING' | 'LOADED';
export type SecretScope = 'DATASET' | 'USER' | 'PLUGIN' | 'GLOBAL';
export type OrchestratorEnvironment = 'DATABRICKS' | 'ANYSCALE' | 'SELF_REGISTERED';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  picture: string | null;
  createdAt: string;
}

export interface ApiKeyRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  /** Hash of the raw key (see hash.ts); the raw key is never stored. */
  keyHash: string;
}

export interface InvitationRecord {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  inviterId: string;
  emailSendAttemptedAt: string | null;
  emailSentAt: string | null;
  /** Token that appears in the invitation url. */
  token: string;
  /** Dataset grants applied when the invitation is accepted (invite-by-grant). */
  datasetGrants: { datasetId: string; permission: DatasetPermission }[];
}

export interface GroupRecord {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  createdAt: string;
  createdById: string;
  memberIds: string[];
}

export interface ChangeSummaryRecord {
  numSamplesAdded: number;
  numSamplesDeleted: number;
  numSamplesChanged: number;
  totalSamples: number;
  updatedAt: string | null;
}

export interface DatasetRecord {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  createdAt: string;
  createdById: string | null;
  lastLoadedAt: string | null;
  mediaType: MediaType | null;
  samplesCount: number;
  sampleFieldsCount: number;
  tags: string[];
  defaultPermission: DatasetPermission;
  /** Explicit per-user grants, by user id. */
  userGrants: Record<string, DatasetPermission>;
  /** Explicit per-group grants, by group id. */
  groupGrants: Record<string, DatasetPermission>;
  /** Pins, by user id: when the user pinned the dataset. */
  pins: Record<string, string>;
  /** Edits since the last snapshot (simulated; issue 6 gives them behaviour). */
  pendingChanges: { added: number; deleted: number; changed: number };
  /** Last calculated "changes since the last snapshot"; null before the first calculation. */
  latestChanges: ChangeSummaryRecord | null;
}

export interface SnapshotRecord {
  id: string;
  datasetId: string;
  name: string;
  slug: string;
  description: string | null;
  createdAt: string;
  createdById: string | null;
  loadStatus: SnapshotLoadStatus;
  archivedAt: string | null;
  linearChangeSummary: ChangeSummaryRecord | null;
}

export interface OperatorRecord {
  name: string;
  enabled: boolean;
  /** null: inherits the organization's default operator minimums. */
  permission: {
    minimumRole: Role | null;
    minimumDatasetPermission: DatasetPermission | null;
  } | null;
}

export interface PluginRecord {
  name: string;
  description: string | null;
  version: string | null;
  fiftyoneVersion: string | null;
  enabled: boolean;
  builtin: boolean;
  modifiedAt: string;
  operators: OperatorRecord[];
  /** Secret keys the plugin's manifest declares. */
  secrets: string[];
  /** The plugin's zip, base64; null for built-in plugins. */
  zipBase64: string | null;
}

export interface SecretRecord {
  id: string;
  key: string;
  description: string | null;
  scope: SecretScope;
  createdAt: string;
  createdById: string | null;
  /** Opaque stand-in for the encrypted value; never returned by any field. */
  ciphertext: string;
}

export interface CloudCredentialRecord {
  id: string;
  provider: CloudProvider;
  /** Bucket names; empty: the provider's default credentials. */
  prefixes: string[];
  description: string | null;
  createdAt: string;
  createdById: string;
  /** Opaque stand-in for the encrypted credentials; never returned by any field. */
  ciphertext: string;
}

export interface OrchestratorRecord {
  orchestratorIdentifier: string;
  instanceIdentifier: string;
  description: string;
  environment: OrchestratorEnvironment;
  config: Record<string, unknown> | null;
  /** Shape of the input secrets, each value replaced by the stored secret's name. */
  secrets: Record<string, Record<string, string>> | null;
  availableOperators: string[];
  createdAt: string;
  updatedAt: string | null;
  deactivatedAt: string | null;
}

export interface FileRecord {
  token: string;
  name: string;
  contentType: string;
  base64: string;
  createdAt: string;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  displayName: string;
}

export interface OrganizationSettingsRecord {
  defaultUserRole: Role;
  defaultDatasetPermission: DatasetPermission;
  defaultOperatorMinimumRole: Role;
  defaultOperatorMinimumDatasetPermission: DatasetPermission;
}

/** Seat limits of the organization's licence (fiftyone-api.md §14, usersAudit). */
export interface LicenceRecord {
  users: number;
  collaborators: number;
  guests: number;
}

/** The server's feature flags (fiftyone-api.md §15, `featureFlag`). */
export interface FeatureFlagRecord {
  invitationsEnabled: boolean;
  invitationEmailsEnabled: boolean;
}

export interface Store {
  organization: OrganizationRecord;
  settings: OrganizationSettingsRecord;
  licence: LicenceRecord;
  /** When the licence ends (notifications warn before and after, fiftyone-api.md §15). */
  licenceEndsAt: string;
  featureFlag: FeatureFlagRecord;
  users: UserRecord[];
  apiKeys: ApiKeyRecord[];
  invitations: InvitationRecord[];
  groups: GroupRecord[];
  datasets: DatasetRecord[];
  snapshots: SnapshotRecord[];
  plugins: PluginRecord[];
  secrets: SecretRecord[];
  cloudCredentials: CloudCredentialRecord[];
  orchestrators: OrchestratorRecord[];
  files: FileRecord[];
  /** Monotonic counter for ids and tokens minted at run time (keeps them unique and deterministic). */
  sequence: number;
}

export type SeedName = 'demo' | 'empty' | 'large';

/** A demo persona: who the console can be seen as, with the fixed API key the seed gives them. */
export interface Persona {
  id: 'admin' | 'manager' | 'member' | 'collaborator';
  label: string;
  role: Role;
  email: string;
  name: string;
  apiKey: string;
}
