import { unzipSync, type UnzipFileInfo } from 'fflate';
import { parse } from 'yaml';

// The console's check of a plugin zip before it is uploaded: one plugin directory (or the
// plugin's files at the top, as the SDK zips a directory) with a fiftyone.yml or fiftyone.yaml,
// whose manifest names the plugin. The server checks again; this only saves a wasted upload
// and says what is wrong in the person's terms.

export interface ManifestSummary {
  name: string;
  version: string | null;
  description: string | null;
  fiftyoneVersion: string | null;
  operators: string[];
  secrets: string[];
}

export type ArchiveCheck =
  | { kind: 'plugin'; manifest: ManifestSummary; directory: string; fileCount: number }
  /** A plugin zip whose manifest the browser cannot decompress (bzip2): the server will read it. */
  | { kind: 'unpreviewable'; manifestPath: string; fileCount: number; reason: string }
  | { kind: 'invalid'; problem: string };

const MANIFEST_NAMES = new Set(['fiftyone.yml', 'fiftyone.yaml']);
/** Stored and deflate: what fflate decompresses. */
const READABLE_METHODS = new Set([0, 8]);

function isManifest(path: string): boolean {
  if (path.startsWith('__MACOSX/') || path.endsWith('/')) return false;
  return MANIFEST_NAMES.has(path.slice(path.lastIndexOf('/') + 1));
}

export function inspectPluginArchive(bytes: Uint8Array): ArchiveCheck {
  const entries: UnzipFileInfo[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        return isManifest(info.name) && READABLE_METHODS.has(info.compression);
      },
    });
  } catch {
    return { kind: 'invalid', problem: 'This file is not a zip archive, or it is damaged.' };
  }
  const fileCount = entries.filter((e) => !e.name.endsWith('/')).length;
  const manifests = entries.filter((e) => isManifest(e.name));
  const [manifest, ...others] = manifests;
  if (!manifest) {
    return {
      kind: 'invalid',
      problem:
        'The zip has no fiftyone.yml or fiftyone.yaml. A plugin zip holds one plugin directory with its manifest, fiftyone.yml.',
    };
  }
  if (others.length > 0) {
    return {
      kind: 'invalid',
      problem: `The zip holds ${manifests.length} plugins (${manifests
        .map((e) => e.name)
        .join(', ')}). Install one plugin at a time.`,
    };
  }
  const content = files[manifest.name];
  if (!content) {
    return {
      kind: 'unpreviewable',
      manifestPath: manifest.name,
      fileCount,
      reason: `${manifest.name} is compressed in a way the browser cannot read (method ${manifest.compression}, e.g. bzip2).`,
    };
  }
  const slash = manifest.name.lastIndexOf('/');
  const summary = readManifest(new TextDecoder().decode(content), manifest.name);
  if (typeof summary === 'string') return { kind: 'invalid', problem: summary };
  return {
    kind: 'plugin',
    manifest: summary,
    directory: slash < 0 ? '' : manifest.name.slice(0, slash),
    fileCount,
  };
}

/** The manifest, or what is wrong with it. */
export function readManifest(text: string, path: string): ManifestSummary | string {
  let document: unknown;
  try {
    // Failsafe keeps scalars as written: `version: 1.10` stays "1.10".
    document = parse(text, { schema: 'failsafe' });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    return `${path} is not valid YAML: ${reason}`;
  }
  if (!isRecord(document)) return `${path} is not a YAML mapping of fields.`;
  const name = textOf(document.name);
  if (!name) return `${path} does not name the plugin (it needs a “name:” field).`;
  const operators = names(document.operators);
  if (operators === null) return `${path}: “operators” must be a list of operator names.`;
  const secrets = names(document.secrets);
  if (secrets === null) return `${path}: “secrets” must be a list of secret names.`;
  return {
    name,
    version: textOf(document.version),
    description: textOf(document.description),
    fiftyoneVersion: isRecord(document.fiftyone) ? textOf(document.fiftyone.version) : null,
    operators,
    secrets,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() || null : null;
}

function names(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const item of value) {
    const name = textOf(item);
    if (!name) return null;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
