import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectPluginArchive } from './inspect-archive.ts';
import { planFolderZip, prunedBy, zipFolder, type FolderFile } from './folder-zip.ts';

// Zipping a chosen folder leaves out what the SDK's optimize=True prunes.

function folder(paths: string[]): FolderFile[] {
  return paths.map((path) => ({
    path,
    read: () =>
      Promise.resolve(strToU8(path.endsWith('fiftyone.yml') ? 'name: "@acme/hello"' : path)),
  }));
}

describe('prunedBy', () => {
  it('prunes the SDK directories at any depth inside the folder', () => {
    expect(prunedBy('hello/.git/HEAD')).toBe('hello/.git/');
    expect(prunedBy('hello/src/__pycache__/a.pyc')).toBe('hello/src/__pycache__/');
    expect(prunedBy('hello/ui/node_modules/react/index.js')).toBe('hello/ui/node_modules/');
    for (const dir of ['venv', '.idea', '.yarn', '__MACOSX']) {
      expect(prunedBy(`hello/${dir}/x`)).toBe(`hello/${dir}/`);
    }
  });

  it('prunes .DS_Store files, and nothing that only looks similar', () => {
    expect(prunedBy('hello/assets/.DS_Store')).toBe('hello/assets/.DS_Store');
    expect(prunedBy('hello/venv.py')).toBeNull();
    expect(prunedBy('hello/docs/node_modules')).toBeNull(); // a file, not a directory
    expect(prunedBy('hello/.gitignore')).toBeNull();
    expect(prunedBy('hello/.github/workflows/ci.yml')).toBeNull();
  });

  it('does not prune the chosen folder itself, whatever its name', () => {
    expect(prunedBy('venv/fiftyone.yml')).toBeNull();
  });
});

describe('zipFolder', () => {
  it('zips the kept files under the folder name, and lists what was left out', async () => {
    const plan = planFolderZip(
      folder([
        'hello/fiftyone.yml',
        'hello/__init__.py',
        'hello/.git/HEAD',
        'hello/.git/objects/ab/cdef',
        'hello/__pycache__/x.pyc',
        'hello/.DS_Store',
      ]),
    );
    expect(plan.folder).toBe('hello');
    expect(plan.leftOut).toEqual(['hello/.DS_Store', 'hello/.git/', 'hello/__pycache__/']);
    expect(plan.leftOutFiles).toBe(4);
    const zip = await zipFolder(plan);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['hello/__init__.py', 'hello/fiftyone.yml']);
    expect(inspectPluginArchive(zip)).toMatchObject({
      kind: 'plugin',
      directory: 'hello',
      manifest: { name: '@acme/hello' },
    });
  });
});
