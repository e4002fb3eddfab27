import { parse } from 'yaml';
import { readZip, ZipError } from './zip.ts';

// What the server reads from an uploaded plugin zip (fiftyone-api.md §3.9): one plugin directory
// with a fiftyone.yml or fiftyone.yaml. The SDK zips a directory with its files at the top of the
// archive, and the docs describe a zip holding the directory itself: both are one plugin.

export interface PluginManifest {
  name: string;
  version: string | null;
  description: string | null;
  /** The `fiftyone.version` requirement, e.g. `>=0.23`. */
  fiftyoneVersion: string | null;
  operators: string[];
  secrets: string[];
}

export interface PluginArchive {
  manifest: PluginManifest;
  /** The plugin directory inside the archive ('' when its files are at the top). */
  directory: string;
}

/** Why an upload is not a plugin; the message completes "The file is not a plugin: …". */
export class PluginArchiveError extends Error {
  override name = 'PluginArchiveError';
}

const MANIFEST_NAMES = new Set(['fiftyone.yml', 'fiftyone.yaml']);

function isMacMetadata(path: string): boolean {
  return path.startsWith('__MACOSX/') || path.split('/').some((part) => part === '.DS_Store');
}

export function readPluginArchive(bytes: Uint8Array): PluginArchive {
  let entries;
  try {
    entries = readZip(bytes);
  } catch (error) {
    if (error instanceof ZipError) throw new PluginArchiveError(error.message);
    throw error;
  }
  const manifests = entries.filter(
    (entry) =>
      !entry.isDirectory &&
      !isMacMetadata(entry.name) &&
      MANIFEST_NAMES.has(entry.name.slice(entry.name.lastIndexOf('/') + 1)),
  );
  const [manifestEntry, ...others] = manifests;
  if (!manifestEntry) {
    throw new PluginArchiveError(
      'the zip has no fiftyone.yml or fiftyone.yaml (a plugin zip holds one plugin directory with its manifest)',
    );
  }
  if (others.length > 0) {
    throw new PluginArchiveError(
      `the zip holds ${manifests.length} plugin manifests (${manifests
        .map((entry) => entry.name)
        .join(', ')}); upload one plugin at a time`,
    );
  }
  const slash = manifestEntry.name.lastIndexOf('/');
  const directory = slash < 0 ? '' : manifestEntry.name.slice(0, slash);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(manifestEntry.read());
  } catch (error) {
    throw new PluginArchiveError(
      error instanceof ZipError ? error.message : `${manifestEntry.name} is not UTF-8 text`,
    );
  }
  return { manifest: parseManifest(text, manifestEntry.name), directory };
}

/** Reads the manifest's YAML; `path` names the file in messages. */
export function parseManifest(text: string, path: string): PluginManifest {
  let document: unknown;
  try {
    // The failsafe schema keeps every scalar as written: `version: 1.10` stays "1.10".
    document = parse(text, { schema: 'failsafe' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PluginArchiveError(`${path} is not valid YAML: ${reason ?? ''}`);
  }
  if (!isRecord(document)) throw new PluginArchiveError(`${path} is not a YAML mapping`);
  const name = scalar(document.name);
  if (!name) throw new PluginArchiveError(`${path} has no name`);
  const fiftyone = document.fiftyone;
  return {
    name,
    version: scalar(document.version),
    description: scalar(document.description),
    fiftyoneVersion: isRecord(fiftyone) ? scalar(fiftyone.version) : null,
    operators: names(document.operators, 'operators', path),
    secrets: names(document.secrets, 'secrets', path),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() || null : null;
}

function names(value: unknown, field: string, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PluginArchiveError(`${path}: ${field} must be a list`);
  const out: string[] = [];
  for (const item of value) {
    const text = typeof item === 'string' ? item.trim() : '';
    if (!text) throw new PluginArchiveError(`${path}: every entry of ${field} must be a name`);
    if (out.includes(text)) {
      throw new PluginArchiveError(`${path}: ${field} lists ${text} twice`);
    }
    out.push(text);
  }
  return out;
}
