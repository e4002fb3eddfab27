import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import { PERSONAS } from './personas.ts';
import { data, gql, TEST_NOW, typeDefs } from './test-fixtures.ts';

// SCHEMA=published: the engine serves schema.graphql without its [ext] lines, refusing what the
// published server would refuse exactly as graphql-js validation does, and serving the rest.

const admin = PERSONAS[0]?.apiKey ?? '';

function publishedEngine() {
  return createEngine({ typeDefs, seed: 'demo', now: () => TEST_NOW, schemaMode: 'published' });
}

describe('the published schema mode', () => {
  it('serves the published fields', async () => {
    const result = await data(
      publishedEngine(),
      admin,
      '{ orchestratorsPage(page: 1, pageSize: 5) { nodeTotal nodes { instanceIdentifier } } }',
    );
    const nodes: unknown = Reflect.get(Object(result.orchestratorsPage), 'nodes');
    expect(Array.isArray(nodes) && nodes.length > 0).toBe(true);
  });

  it('refuses an [ext] field, and an [ext] argument, as unknown', async () => {
    const engine = publishedEngine();
    const field = await gql(engine, admin, '{ plugins { name secrets } }');
    expect(field.body.errors?.[0]?.message).toMatch(
      /Cannot query field "secrets" on type "Plugin"/,
    );
    const argument = await gql(
      engine,
      admin,
      'mutation { updateSecret(key: "SLACK_WEBHOOK_URL", value: "x") { key } }',
    );
    expect(argument.body.errors?.[0]?.message).toMatch(/Unknown argument "value"/);
  });

  it('switches at run time, and back', async () => {
    const engine = publishedEngine();
    engine.setSchemaMode('full');
    expect(await data(engine, admin, '{ plugins { name secrets } }')).toHaveProperty('plugins');
    engine.setSchemaMode('published');
    expect((await gql(engine, admin, '{ plugins { secrets } }')).body.errors).toHaveLength(1);
  });
});
