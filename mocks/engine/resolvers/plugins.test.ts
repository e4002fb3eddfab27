import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { MockEngine } from '../engine.ts';
import { toBase64 } from '../http.ts';
import { buildPluginZip } from '../plugins/build.ts';
import { readPluginArchive, type PluginManifest } from '../plugins/manifest.ts';
import {
  DELETE_PLUGIN_QUERY,
  DOWNLOAD_PLUGIN_QUERY,
  GET_PLUGIN_INFO_QUERY,
  LIST_PLUGINS_QUERY,
  SET_PLUGIN_ENABLED_QUERY,
  UPDATE_PLUGIN_OPERATOR_QUERY,
  UPLOAD_PLUGIN_QUERY,
} from '../plugins/sdk-plugin-documents.ts';
import {
  buildTestStore,
  createTestEngine,
  data,
  field,
  firstError,
  KEYS,
  TEST_NOW,
} from '../test-fixtures.ts';
import { isoMicro } from '../time.ts';
import type { PluginRecord, Store } from '../types.ts';

// The SDK's plugin functions against the engine, over HTTP as the SDK sends them.

const HELLO: PluginManifest = {
  name: '@acme/hello',
  version: '1.0.0',
  description: 'Says hello',
  fiftyoneVersion: '>=0.23',
  operators: ['say_hello', 'say_goodbye'],
  secrets: ['HELLO_TOKEN'],
};

function plugin(manifest: PluginManifest, extra: Partial<PluginRecord> = {}): PluginRecord {
  return {
    name: manifest.name,
    description: manifest.description,
    version: manifest.version,
    fiftyoneVersion: manifest.fiftyoneVersion,
    enabled: true,
    builtin: false,
    modifiedAt: isoMicro(TEST_NOW - 86_400_000),
    operators: manifest.operators.map((name) => ({ name, enabled: true, permission: null })),
    secrets: manifest.secrets,
    zipBase64: toBase64(buildPluginZip(manifest)),
    ...extra,
  };
}

function storeWithPlugins(): Store {
  const store = buildTestStore();
  store.plugins = [
    plugin(HELLO),
    plugin(
      {
        name: '@voxel51/utils',
        version: '1.0.0',
        description: 'Built in',
        fiftyoneVersion: null,
        operators: ['compute_metadata'],
        secrets: [],
      },
      { builtin: true, zipBase64: null },
    ),
  ];
  return store;
}

/** POST file as the SDK does (multipart, one part named `file`); answers the token. */
async function postFile(engine: MockEngine, key: string, bytes: Uint8Array, name = 'plugin.zip') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await engine.handle(
    new Request('http://mock.test/file', {
      method: 'POST',
      headers: { 'X-API-Key': key },
      body: form,
    }),
  );
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  const token = field(body, 'file_token');
  if (typeof token !== 'string') throw new Error(`no token in ${JSON.stringify(body)}`);
  return token;
}

async function getFile(engine: MockEngine, key: string, token: string): Promise<Response> {
  return engine.handle(
    new Request(`http://mock.test/file/${token}`, { headers: { 'X-API-Key': key } }),
  );
}

async function upload(engine: MockEngine, manifest: PluginManifest, overwrite = false) {
  const token = await postFile(engine, KEYS.admin, buildPluginZip(manifest));
  return { token, variables: { token, overwrite } };
}

describe('upload_plugin', () => {
  it('registers the plugin of an uploaded zip, with every operator enabled and inheriting', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const manifest = { ...HELLO, name: '@acme/new', operators: ['run'], secrets: ['A', 'B'] };
    const { variables } = await upload(engine, manifest);
    expect(await data(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, variables)).toEqual({
      uploadPlugin: {
        name: '@acme/new',
        description: 'Says hello',
        version: '1.0.0',
        fiftyoneVersion: '>=0.23',
        enabled: true,
        operators: [{ name: 'run', enabled: true, permission: null }],
      },
    });
    const read = await data(
      engine,
      KEYS.member,
      '{ plugin(name: "@acme/new") { secrets modifiedAt operators { uri pluginName } } }',
    );
    expect(read).toEqual({
      plugin: {
        secrets: ['A', 'B'],
        modifiedAt: '2026-05-01T12:00:00.000000+00:00',
        operators: [{ uri: '@acme/new/run', pluginName: '@acme/new' }],
      },
    });
  });

  it('spends the token: the same upload cannot be installed twice', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const { token, variables } = await upload(engine, { ...HELLO, name: 'once' });
    await data(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, variables);
    expect(await firstError(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, variables)).toEqual({
      code: 'NOT_FOUND',
      message: `No uploaded file for token ${token}: it is unknown or has already been used (POST the zip to /file first)`,
    });
  });

  it('refuses an existing name without overwrite, keeping the token for a retry with overwrite', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const { variables } = await upload(engine, { ...HELLO, version: '2.0.0' });
    expect(await firstError(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, variables)).toEqual({
      code: 'CONFLICT',
      message:
        'A plugin named @acme/hello is already installed (version 1.0.0); upload with overwrite to replace it',
    });
    const upgraded = await data(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, {
      ...variables,
      overwrite: true,
    });
    expect(field(upgraded, 'uploadPlugin', 'version')).toBe('2.0.0');
  });

  it('overwriting keeps the enabled flag and the settings of operators that still exist', async () => {
    const store = storeWithPlugins();
    const hello = store.plugins[0];
    if (!hello) throw new Error('no plugin');
    hello.enabled = false;
    hello.operators = [
      {
        name: 'say_hello',
        enabled: false,
        permission: { minimumRole: 'ADMIN', minimumDatasetPermission: null },
      },
      { name: 'say_goodbye', enabled: true, permission: null },
    ];
    const engine = createTestEngine(store);
    const { variables } = await upload(
      engine,
      { ...HELLO, version: '1.1.0', operators: ['say_hello', 'wave'] },
      true,
    );
    expect(
      field(await data(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, variables), 'uploadPlugin'),
    ).toEqual({
      name: '@acme/hello',
      description: 'Says hello',
      version: '1.1.0',
      fiftyoneVersion: '>=0.23',
      enabled: false,
      operators: [
        {
          name: 'say_hello',
          enabled: false,
          permission: { minimumRole: 'ADMIN', minimumDatasetPermission: null },
        },
        { name: 'wave', enabled: true, permission: null },
      ],
    });
    expect(engine.store.plugins.filter((p) => p.name === '@acme/hello')).toHaveLength(1);
  });

  it('refuses what is not a plugin zip, and says why', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const text = await postFile(engine, KEYS.admin, strToU8('not a zip'), 'notes.txt');
    expect(
      await firstError(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, { token: text, overwrite: false }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The uploaded file notes.txt is not a plugin: not a zip archive',
    });
    const { zipSync } = await import('fflate');
    const bare = await postFile(engine, KEYS.admin, zipSync({ 'x/readme.md': strToU8('hi') }));
    expect(
      (await firstError(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, { token: bare, overwrite: false }))
        .message,
    ).toMatch(/^The uploaded file plugin\.zip is not a plugin: the zip has no fiftyone\.yml/);
  });

  it('refuses an unknown token', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(
      await firstError(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, { token: 'nope', overwrite: true }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is for admins only, and refuses to replace a built-in plugin', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const token = await postFile(engine, KEYS.member, buildPluginZip({ ...HELLO, name: 'm' }));
    expect(
      await firstError(engine, KEYS.member, UPLOAD_PLUGIN_QUERY, { token, overwrite: false }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can upload plugins; you are signed in as a member',
    });
    const { variables } = await upload(engine, { ...HELLO, name: '@voxel51/utils' }, true);
    expect(await firstError(engine, KEYS.admin, UPLOAD_PLUGIN_QUERY, variables)).toEqual({
      code: 'BAD_USER_INPUT',
      message: '@voxel51/utils is a built-in plugin: it cannot be replaced by an upload',
    });
  });
});

describe('list_plugins and get_plugin_info', () => {
  it('lists built-in plugins only when asked, to anyone', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const names = async (includeBuiltin: boolean) => {
      const listed = field(
        await data(engine, KEYS.collaborator, LIST_PLUGINS_QUERY, { includeBuiltin }),
        'plugins',
      );
      return Array.isArray(listed) ? listed.map((p: unknown) => field(p, 'name')) : listed;
    };
    expect(await names(false)).toEqual(['@acme/hello']);
    expect(await names(true)).toEqual(['@acme/hello', '@voxel51/utils']);
  });

  it('answers null for a plugin that is not installed, and reads built-in ones', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(await data(engine, KEYS.member, GET_PLUGIN_INFO_QUERY, { pluginName: 'nope' })).toEqual({
      plugin: null,
    });
    expect(
      field(
        await data(engine, KEYS.member, GET_PLUGIN_INFO_QUERY, { pluginName: '@voxel51/utils' }),
        'plugin',
        'name',
      ),
    ).toBe('@voxel51/utils');
  });
});

describe('download_plugin', () => {
  it('answers a token whose file is the plugin zip, readable once', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const token = field(
      await data(engine, KEYS.member, DOWNLOAD_PLUGIN_QUERY, { name: '@acme/hello' }),
      'downloadPlugin',
    );
    if (typeof token !== 'string') throw new Error('no token');
    const response = await getFile(engine, KEYS.member, token);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(readPluginArchive(bytes).manifest).toEqual(HELLO);
    expect((await getFile(engine, KEYS.member, token)).status).toBe(404);
  });

  it('refuses a plugin that does not exist, and built-in plugins', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(await firstError(engine, KEYS.member, DOWNLOAD_PLUGIN_QUERY, { name: 'nope' })).toEqual({
      code: 'NOT_FOUND',
      message: 'No plugin named nope is installed',
    });
    expect(
      await firstError(engine, KEYS.member, DOWNLOAD_PLUGIN_QUERY, { name: '@voxel51/utils' }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('set_plugin_enabled, set_plugin_operator_enabled, set_plugin_operator_permissions', () => {
  it('changes only what is not null', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(
      await data(engine, KEYS.admin, SET_PLUGIN_ENABLED_QUERY, {
        pluginName: '@acme/hello',
        enabled: false,
      }),
    ).toEqual({
      updatePlugin: { enabled: false },
    });
    // Permissions only (enabled omitted: null).
    await data(engine, KEYS.admin, UPDATE_PLUGIN_OPERATOR_QUERY, {
      pluginName: '@acme/hello',
      operatorName: 'say_hello',
      minRole: 'MEMBER',
    });
    await data(engine, KEYS.admin, UPDATE_PLUGIN_OPERATOR_QUERY, {
      pluginName: '@acme/hello',
      operatorName: 'say_hello',
      minDatasetPerm: 'EDIT',
    });
    // Enabled only: the SDK sends `permission: {minimumRole: null, minimumDatasetPermission: null}`.
    expect(
      await data(engine, KEYS.admin, UPDATE_PLUGIN_OPERATOR_QUERY, {
        pluginName: '@acme/hello',
        operatorName: 'say_hello',
        enabled: false,
      }),
    ).toEqual({ updatePlugin: { name: '@acme/hello' } });
    const read = await data(engine, KEYS.member, GET_PLUGIN_INFO_QUERY, {
      pluginName: '@acme/hello',
    });
    expect(field(read, 'plugin', 'enabled')).toBe(false);
    expect(field(read, 'plugin', 'operators')).toEqual([
      {
        name: 'say_hello',
        enabled: false,
        permission: { minimumRole: 'MEMBER', minimumDatasetPermission: 'EDIT' },
      },
      { name: 'say_goodbye', enabled: true, permission: null },
    ]);
  });

  it('enables and disables built-in plugins', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(
      await data(engine, KEYS.admin, SET_PLUGIN_ENABLED_QUERY, {
        pluginName: '@voxel51/utils',
        enabled: false,
      }),
    ).toEqual({
      updatePlugin: { enabled: false },
    });
  });

  it('refuses an unknown operator, an unknown plugin and anyone but an admin', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(
      await firstError(engine, KEYS.admin, UPDATE_PLUGIN_OPERATOR_QUERY, {
        pluginName: '@acme/hello',
        operatorName: 'nope',
        enabled: true,
      }),
    ).toEqual({ code: 'NOT_FOUND', message: 'Plugin @acme/hello has no operator named nope' });
    expect(
      await firstError(engine, KEYS.admin, SET_PLUGIN_ENABLED_QUERY, {
        pluginName: 'nope',
        enabled: true,
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await firstError(engine, KEYS.member, SET_PLUGIN_ENABLED_QUERY, {
        pluginName: '@acme/hello',
        enabled: false,
      }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins can change plugins; you are signed in as a member',
    });
    expect(engine.store.plugins[0]?.enabled).toBe(true);
  });
});

describe('delete_plugin', () => {
  it('deletes a plugin; deleting it again, or a built-in one, is refused', async () => {
    const engine = createTestEngine(storeWithPlugins());
    expect(
      await firstError(engine, KEYS.member, DELETE_PLUGIN_QUERY, { name: '@acme/hello' }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await data(engine, KEYS.admin, DELETE_PLUGIN_QUERY, { name: '@acme/hello' })).toEqual({
      removePlugin: null,
    });
    expect(
      await firstError(engine, KEYS.admin, DELETE_PLUGIN_QUERY, { name: '@acme/hello' }),
    ).toEqual({
      code: 'NOT_FOUND',
      message: 'No plugin named @acme/hello is installed',
    });
    expect(
      await firstError(engine, KEYS.admin, DELETE_PLUGIN_QUERY, { name: '@voxel51/utils' }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: '@voxel51/utils is a built-in plugin: it cannot be deleted',
    });
  });
});

describe('upgradePlugin (the web app)', () => {
  it('replaces the named plugin, and refuses a zip of another plugin', async () => {
    const engine = createTestEngine(storeWithPlugins());
    const other = await postFile(engine, KEYS.admin, buildPluginZip({ ...HELLO, name: 'other' }));
    expect(
      await firstError(
        engine,
        KEYS.admin,
        'mutation($t: String!) { upgradePlugin(fileUploadToken: $t, pluginName: "@acme/hello") { version } }',
        { t: other },
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The uploaded zip holds the plugin other, not @acme/hello',
    });
    const next = await postFile(engine, KEYS.admin, buildPluginZip({ ...HELLO, version: '3.0.0' }));
    expect(
      await data(
        engine,
        KEYS.admin,
        'mutation($t: String!) { upgradePlugin(fileUploadToken: $t, pluginName: "@acme/hello") { version } }',
        { t: next },
      ),
    ).toEqual({ upgradePlugin: { version: '3.0.0' } });
  });
});
