import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { fromBase64 } from '../http.ts';
import { PluginArchiveError, readPluginArchive, type PluginArchive } from '../plugins/manifest.ts';
import type {
  DatasetPermission,
  FileRecord,
  OperatorRecord,
  PluginRecord,
  Role,
  Store,
} from '../types.ts';

// Installing, upgrading and changing plugins (fiftyone-api.md §3.9 and §14 "Plugins").

export function findPlugin(store: Store, name: string): PluginRecord | undefined {
  return store.plugins.find((plugin) => plugin.name === name);
}

export function requirePlugin(store: Store, name: string): PluginRecord {
  return findPlugin(store, name) ?? fail('NOT_FOUND', `No plugin named ${name} is installed`);
}

/** Built-in plugins ship with FiftyOne: they can be read, enabled and disabled, nothing more. */
export function refuseBuiltin(plugin: PluginRecord, action: string): void {
  if (plugin.builtin) {
    fail('BAD_USER_INPUT', `${plugin.name} is a built-in plugin: it cannot be ${action}`);
  }
}

/** The uploaded file a token names (not yet spent). */
export function uploadedFile(store: Store, token: string): FileRecord {
  return (
    store.files.find((file) => file.token === token) ??
    fail(
      'NOT_FOUND',
      `No uploaded file for token ${token}: it is unknown or has already been used (POST the zip to /file first)`,
    )
  );
}

/** Spends an upload token. */
export function spendFile(store: Store, token: string): void {
  store.files = store.files.filter((file) => file.token !== token);
}

/** Reads the uploaded zip; a file that is not a plugin is refused and its token spent. */
export function readUploadedPlugin(store: Store, file: FileRecord): PluginArchive {
  try {
    return readPluginArchive(fromBase64(file.base64));
  } catch (error) {
    if (!(error instanceof PluginArchiveError)) throw error;
    spendFile(store, file.token);
    return fail(
      'BAD_USER_INPUT',
      `The uploaded file ${file.name} is not a plugin: ${error.message}`,
    );
  }
}

/**
 * Registers the archive's plugin. A plugin of the same name is replaced only with `overwrite`;
 * the replacement keeps the plugin's enabled flag and the settings of operators that still
 * exist, and a new operator inherits the organization's defaults (permission null).
 */
export function installPlugin(
  ctx: Context,
  archive: PluginArchive,
  file: FileRecord,
  overwrite: boolean,
): PluginRecord {
  const { manifest } = archive;
  const existing = findPlugin(ctx.store, manifest.name);
  if (existing) {
    refuseBuiltin(existing, 'replaced by an upload');
    if (!overwrite) {
      fail(
        'CONFLICT',
        `A plugin named ${existing.name} is already installed (version ${existing.version ?? 'unknown'}); upload with overwrite to replace it`,
      );
    }
  }
  const previous = new Map(existing?.operators.map((op) => [op.name, op]));
  const plugin: PluginRecord = {
    name: manifest.name,
    description: manifest.description,
    version: manifest.version,
    fiftyoneVersion: manifest.fiftyoneVersion,
    enabled: existing?.enabled ?? true,
    builtin: false,
    modifiedAt: ctx.nowIso(),
    operators: manifest.operators.map((name): OperatorRecord => {
      const kept = previous.get(name);
      return kept
        ? { name, enabled: kept.enabled, permission: kept.permission && { ...kept.permission } }
        : { name, enabled: true, permission: null };
    }),
    secrets: [...manifest.secrets],
    zipBase64: file.base64,
  };
  const index = existing ? ctx.store.plugins.indexOf(existing) : -1;
  if (index >= 0) ctx.store.plugins[index] = plugin;
  else ctx.store.plugins.push(plugin);
  spendFile(ctx.store, file.token);
  return plugin;
}

export interface OperatorSettingsInput {
  name: string;
  enabled?: boolean | null;
  permission?: {
    minimumRole?: Role | null;
    minimumDatasetPermission?: DatasetPermission | null;
  } | null;
}

/** updatePlugin: every null means "unchanged" (the SDK sends nulls for what it leaves alone). */
export function updatePlugin(
  ctx: Context,
  plugin: PluginRecord,
  enabled: boolean | null | undefined,
  settings: OperatorSettingsInput | null | undefined,
): PluginRecord {
  let changed = false;
  if (enabled !== null && enabled !== undefined) {
    changed ||= plugin.enabled !== enabled;
    plugin.enabled = enabled;
  }
  if (settings) {
    const operator =
      plugin.operators.find((op) => op.name === settings.name) ??
      fail('NOT_FOUND', `Plugin ${plugin.name} has no operator named ${settings.name}`);
    if (settings.enabled !== null && settings.enabled !== undefined) {
      changed ||= operator.enabled !== settings.enabled;
      operator.enabled = settings.enabled;
    }
    const role = settings.permission?.minimumRole ?? null;
    const datasetPermission = settings.permission?.minimumDatasetPermission ?? null;
    if (role !== null || datasetPermission !== null) {
      const before = operator.permission;
      operator.permission = {
        minimumRole: role ?? before?.minimumRole ?? null,
        minimumDatasetPermission: datasetPermission ?? before?.minimumDatasetPermission ?? null,
      };
      changed ||=
        before?.minimumRole !== operator.permission.minimumRole ||
        before.minimumDatasetPermission !== operator.permission.minimumDatasetPermission;
    }
  }
  if (changed) plugin.modifiedAt = ctx.nowIso();
  return plugin;
}
