// What the connected server offers beyond the published schema: the fields schema.graphql marks
// `[ext]` (orchestrator registration, snapshot archival, a secret's new value, the plugins'
// declared secrets) exist only on newer servers. The console asks once per connection, with
// `__type` introspection inside the shell's one Viewer request (features/session), and sends each
// feature's published-schema document where the server lacks it. A server that refuses that
// request is taken as the published one: a feature it might have stays hidden rather than a page
// breaking.

export interface ServerFeatures {
  /** Orchestrator.environment, config and secrets. */
  orchestratorDetails: boolean;
  registerOrchestrator: boolean;
  deleteOrchestrator: boolean;
  /** Plugin.secrets: the secret keys a plugin's manifest declares. */
  pluginSecrets: boolean;
  /** DatasetSnapshot.archivedAt and the archive/unarchive mutations. */
  snapshotArchive: boolean;
  /** updateSecret's `value` argument: rotating a secret's value. */
  secretValueUpdate: boolean;
  /** The mock's stand-in for editing samples (never on a real server). */
  simulateDatasetEdits: boolean;
}

/** What a server with only the published schema offers. */
export const PUBLISHED_FEATURES: ServerFeatures = {
  orchestratorDetails: false,
  registerOrchestrator: false,
  deleteOrchestrator: false,
  pluginSecrets: false,
  snapshotArchive: false,
  secretValueUpdate: false,
  simulateDatasetEdits: false,
};

// The introspection part of the Viewer answer, checked here rather than trusted. A hand-written
// check rather than a zod schema: this module runs at start-up, and zod (~25 kB gzip) would be
// loaded with the first page only for it (forms load zod with their own chunks).
interface IntrospectedField {
  name: string;
  args?: { name: string }[];
}
type IntrospectedType = { fields: IntrospectedField[] | null } | null;
interface IntrospectedSchema {
  orchestrator: IntrospectedType;
  plugin: IntrospectedType;
  snapshot: IntrospectedType;
  mutation: IntrospectedType;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNamed = (value: unknown): value is { name: string } =>
  isRecord(value) && typeof value.name === 'string';

function isField(value: unknown): value is IntrospectedField {
  if (!isRecord(value) || typeof value.name !== 'string') return false;
  const { args } = value;
  return args === undefined || (Array.isArray(args) && args.every(isNamed));
}

function isIntrospectedType(value: unknown): value is IntrospectedType {
  if (value === null) return true;
  if (!isRecord(value)) return false;
  const { fields } = value;
  return fields === null || (Array.isArray(fields) && fields.every(isField));
}

function isIntrospectedSchema(value: unknown): value is IntrospectedSchema {
  return (
    isRecord(value) &&
    isIntrospectedType(value.orchestrator) &&
    isIntrospectedType(value.plugin) &&
    isIntrospectedType(value.snapshot) &&
    isIntrospectedType(value.mutation)
  );
}

function fieldNames(type: IntrospectedType): Set<string> {
  return new Set((type?.fields ?? []).map((field) => field.name));
}

export function featuresOf(answer: unknown): ServerFeatures {
  if (!isIntrospectedSchema(answer)) return PUBLISHED_FEATURES;
  const data = answer;
  const orchestrator = fieldNames(data.orchestrator);
  const plugin = fieldNames(data.plugin);
  const snapshot = fieldNames(data.snapshot);
  const mutations = new Map(
    (data.mutation?.fields ?? []).map((field) => [
      field.name,
      new Set((field.args ?? []).map((arg) => arg.name)),
    ]),
  );
  return {
    orchestratorDetails: ['environment', 'config', 'secrets'].every((f) => orchestrator.has(f)),
    registerOrchestrator: mutations.has('registerOrchestrator'),
    deleteOrchestrator: mutations.has('deleteOrchestrator'),
    pluginSecrets: plugin.has('secrets'),
    snapshotArchive:
      snapshot.has('archivedAt') &&
      mutations.has('archiveDatasetSnapshot') &&
      mutations.has('unarchiveDatasetSnapshot'),
    secretValueUpdate: mutations.get('updateSecret')?.has('value') ?? false,
    simulateDatasetEdits: mutations.has('simulateDatasetEdits'),
  };
}
