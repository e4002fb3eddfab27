import { readFileSync } from 'node:fs';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { publishedTypeDefs } from '../../mocks/engine/published-schema.ts';

// Every GraphQL document the console can send, checked against the published server's schema
// (schema.graphql without its [ext] lines). The ones that need [ext] are listed with where their
// fallback is: a document the published server would refuse is only sent once the server has
// said (in the shell's Viewer request, src/lib/server-features.ts) that it has the feature.

const fullTypeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
const fullSchema = buildSchema(fullTypeDefs);
const publishedSchema = buildSchema(publishedTypeDefs(fullTypeDefs));

/** The [ext] documents, and what the console sends or shows on a server without them. */
const NEEDS_EXT: Record<string, string> = {
  Plugins: 'PluginsPublished (declared secrets shown as not reported)',
  Plugin: 'PluginPublished',
  SecretsPage: 'the secrets alone, with a note that usage is not reported',
  OrchestratorSecrets: 'not sent (part of the SecretsPage fallback)',
  UpdateSecret: 'Rotate hidden; a new description goes as DescribeSecret',
  OrchestratorsPage: 'OrchestratorsPagePublished (environment shown as —)',
  Orchestrator: 'OrchestratorPublished (environment, config, secrets not reported)',
  RegisterOrchestrator: 'Register button hidden, a note says the server does not offer it',
  DeleteOrchestrator: 'Delete button hidden',
  SnapshotHistory: 'SnapshotHistoryPublished (no archival state)',
  ArchiveSnapshot: 'Archive button hidden',
  UnarchiveSnapshot: 'Unarchive button hidden',
  SimulateDatasetEdits: 'Simulate edits button hidden',
};

function isDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' &&
    value !== null &&
    Reflect.get(value, 'kind') === Kind.DOCUMENT &&
    Array.isArray(Reflect.get(value, 'definitions'))
  );
}

/** The operations (not fragments) exported by the console's document modules, by name. */
function consoleOperations(): Map<string, DocumentNode> {
  const modules = import.meta.glob<Record<string, unknown>>(
    ['../features/*/api/*.ts', '!**/*.test.ts'],
    { eager: true },
  );
  const operations = new Map<string, DocumentNode>();
  for (const exports of Object.values(modules)) {
    for (const value of Object.values(exports)) {
      if (!isDocument(value)) continue;
      for (const definition of value.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const name = definition.name?.value;
        if (!name) throw new Error('Every console operation has a name');
        operations.set(name, value);
      }
    }
  }
  return operations;
}

const operations = consoleOperations();

describe('the console’s GraphQL documents', () => {
  it('are found (a sanity check on the module scan)', () => {
    expect(operations.size).toBeGreaterThan(60);
    expect(operations.has('Viewer')).toBe(true);
  });

  it('all validate against the full schema', () => {
    const invalid = [...operations].filter(([, doc]) => validate(fullSchema, doc).length > 0);
    expect(invalid.map(([name]) => name)).toEqual([]);
  });

  it('validate against the published schema, except the listed [ext] ones', () => {
    const refused = [...operations]
      .filter(([, doc]) => validate(publishedSchema, doc).length > 0)
      .map(([name]) => name)
      .sort();
    expect(refused).toEqual(Object.keys(NEEDS_EXT).sort());
  });

  it('each [ext] document has a published fallback where one is named', () => {
    for (const fallback of Object.values(NEEDS_EXT)) {
      const named = /^(\w+Published)\b/.exec(fallback)?.[1];
      if (!named) continue;
      const doc = operations.get(named);
      expect(doc, named).toBeDefined();
      if (doc) expect(validate(publishedSchema, doc), named).toEqual([]);
    }
  });
});

describe('the published schema', () => {
  it('drops every [ext] field and argument, and nothing else', () => {
    const orchestrator = publishedSchema.getType('Orchestrator');
    const mutation = publishedSchema.getMutationType();
    expect(publishedSchema.getType('OrchestratorEnvironment')).toBeUndefined();
    expect(
      orchestrator && 'getFields' in orchestrator && orchestrator.getFields(),
    ).not.toHaveProperty('environment');
    expect(mutation?.getFields()).not.toHaveProperty('registerOrchestrator');
    expect(mutation?.getFields()).not.toHaveProperty('simulateDatasetEdits');
    const updateSecret = mutation?.getFields().updateSecret;
    expect(updateSecret?.args.map((arg) => arg.name)).toEqual([
      'key',
      'description',
      'scope',
      'metadata',
    ]);
    // Everything else stays: the root fields are those of the full schema minus the [ext] ones.
    const fullRoots = Object.keys(fullSchema.getMutationType()?.getFields() ?? {});
    const publishedRoots = Object.keys(mutation?.getFields() ?? {});
    expect(fullRoots.filter((name) => !publishedRoots.includes(name)).sort()).toEqual([
      'archiveDatasetSnapshot',
      'deleteOrchestrator',
      'registerOrchestrator',
      'simulateDatasetEdits',
      'unarchiveDatasetSnapshot',
    ]);
  });
});
