import { planFolderZip, zipFolder, type FolderFile } from './folder-zip.ts';
import { inspectPluginArchive, type ArchiveCheck } from './inspect-archive.ts';

// From what the person chose (a .zip, or a folder's files) to the bytes to upload and what the
// console could read of them.

export interface PreparedArchive {
  /** The name the upload carries (`hello.zip`). */
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  check: ArchiveCheck;
  /** For a folder: what was zipped and what was left out. */
  folder: { name: string; kept: number; leftOut: string[]; leftOutFiles: number } | null;
}

export async function prepareZip(file: File): Promise<PreparedArchive> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, bytes, check: inspectPluginArchive(bytes), folder: null };
}

/** `files` come from a folder picker: each has its path from the folder in `webkitRelativePath`. */
export async function prepareFolder(files: readonly File[]): Promise<PreparedArchive> {
  const folderFiles: FolderFile[] = files.map((file) => ({
    path: file.webkitRelativePath || file.name,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  }));
  const plan = planFolderZip(folderFiles);
  const bytes = await zipFolder(plan);
  return {
    fileName: `${plan.folder || 'plugin'}.zip`,
    bytes,
    check:
      plan.kept.length === 0
        ? { kind: 'invalid', problem: 'The folder has no files to install.' }
        : inspectPluginArchive(bytes),
    folder: {
      name: plan.folder,
      kept: plan.kept.length,
      leftOut: plan.leftOut,
      leftOutFiles: plan.leftOutFiles,
    },
  };
}
