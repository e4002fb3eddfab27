import { zipSync, type Zippable } from 'fflate';

// Zipping a folder the person chose, leaving out what the SDK's `upload_plugin(optimize=True)`
// prunes: version control, caches, virtual environments, editor settings and macOS metadata
// (fiftyone-api.md §3.9). The chosen folder stays the zip's one top-level directory.

export const PRUNED_DIRECTORIES: readonly string[] = [
  '.git',
  '__MACOSX',
  'venv',
  'node_modules',
  '__pycache__',
  '.idea',
  '.yarn',
];
export const PRUNED_FILE_SUFFIXES: readonly string[] = ['.DS_Store'];

/** A file of the chosen folder: its path starts with the folder's name (`my-plugin/a.py`). */
export interface FolderFile {
  path: string;
  read(): Promise<Uint8Array>;
}

/**
 * Why a path is left out, or null to keep it: the pruned directory (`my-plugin/.git/`) or the
 * file itself. Like the SDK, directories are pruned inside the chosen folder, not the folder.
 */
export function prunedBy(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length - 1; i++) {
    if (PRUNED_DIRECTORIES.includes(parts[i] ?? '')) return `${parts.slice(0, i + 1).join('/')}/`;
  }
  const file = parts[parts.length - 1] ?? '';
  return PRUNED_FILE_SUFFIXES.some((suffix) => file.endsWith(suffix)) ? path : null;
}

export interface FolderPlan {
  /** The chosen folder's name. */
  folder: string;
  kept: FolderFile[];
  /** What is left out: each pruned directory once, and each pruned file. */
  leftOut: string[];
  leftOutFiles: number;
}

export function planFolderZip(files: readonly FolderFile[]): FolderPlan {
  const kept: FolderFile[] = [];
  const leftOut = new Set<string>();
  let leftOutFiles = 0;
  for (const file of files) {
    const reason = prunedBy(file.path);
    if (reason === null) {
      kept.push(file);
    } else {
      leftOut.add(reason);
      leftOutFiles += 1;
    }
  }
  const folder = files[0]?.path.split('/')[0] ?? '';
  return { folder, kept, leftOut: [...leftOut].sort(), leftOutFiles };
}

/** The kept files as one zip. */
export async function zipFolder(plan: FolderPlan): Promise<Uint8Array<ArrayBuffer>> {
  const tree: Zippable = {};
  for (const file of plan.kept) tree[file.path] = await file.read();
  return zipSync(tree, { level: 6 });
}
