import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../mocks/engine/engine.ts';
import {
  buildTestStore,
  createTestEngine,
  data,
  KEYS,
  TEST_NOW,
  typeDefs,
} from '../../mocks/engine/test-fixtures.ts';
import { ViewerWithServerStatusQuery } from '../features/session/api/server-status.ts';
import { featuresOf, PUBLISHED_FEATURES } from './server-features.ts';

// The shell reads what the server offers from the introspection in its one Viewer request: the
// console shows a feature only where the server answered that it has it.

const VIEWER = print(ViewerWithServerStatusQuery);

describe('server features', () => {
  it('are all on for a server with every [ext] field', async () => {
    const answer = await data(createTestEngine(), KEYS.admin, VIEWER);
    expect(featuresOf(answer)).toEqual({
      orchestratorDetails: true,
      registerOrchestrator: true,
      deleteOrchestrator: true,
      pluginSecrets: true,
      snapshotArchive: true,
      secretValueUpdate: true,
      simulateDatasetEdits: true,
    });
  });

  it('are the published ones for a server with only the published schema', async () => {
    const published = createEngine({
      typeDefs,
      store: buildTestStore(),
      schemaMode: 'published',
      now: () => TEST_NOW,
    });
    const answer = await data(published, KEYS.admin, VIEWER);
    expect(featuresOf(answer)).toEqual(PUBLISHED_FEATURES);
  });

  it('are the published ones when the introspection answer has an unexpected shape', () => {
    const field = (name: string) => ({ name, args: [] });
    const valid = {
      orchestrator: null,
      plugin: { fields: [field('secrets')] },
      snapshot: null,
      mutation: { fields: [field('registerOrchestrator')] },
    };
    expect(featuresOf(valid)).toMatchObject({ pluginSecrets: true, registerOrchestrator: true });
    for (const broken of [
      null,
      'features',
      { ...valid, plugin: { fields: [{ name: 42 }] } },
      { ...valid, mutation: { fields: [{ name: 'x', args: null }] } },
      { ...valid, snapshot: { fields: 'archivedAt' } },
      { plugin: valid.plugin, snapshot: null, mutation: null },
    ]) {
      expect(featuresOf(broken)).toEqual(PUBLISHED_FEATURES);
    }
  });
});
