import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectPluginArchive } from './inspect-archive.ts';

// The console's check of a zip before upload. Every fixture is built here.

function zipOf(files: Record<string, string>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])),
    { level },
  );
}

const MANIFEST = `
name: "@acme/hello"
version: 1.10
description: Says hello
fiftyone:
  version: ">=0.23"
operators:
  - say_hello
  - say_goodbye
secrets:
  - HELLO_TOKEN
`;

describe('inspectPluginArchive', () => {
  it('shows the name, version and operators of a zip holding one plugin directory', () => {
    expect(
      inspectPluginArchive(zipOf({ 'hello/fiftyone.yml': MANIFEST, 'hello/__init__.py': '' })),
    ).toEqual({
      kind: 'plugin',
      directory: 'hello',
      fileCount: 2,
      manifest: {
        name: '@acme/hello',
        version: '1.10',
        description: 'Says hello',
        fiftyoneVersion: '>=0.23',
        operators: ['say_hello', 'say_goodbye'],
        secrets: ['HELLO_TOKEN'],
      },
    });
  });

  it('reads a stored (uncompressed) zip with the files at the top, and fiftyone.yaml', () => {
    const check = inspectPluginArchive(zipOf({ 'fiftyone.yaml': 'name: top' }, 0));
    expect(check).toMatchObject({ kind: 'plugin', directory: '', manifest: { name: 'top' } });
  });

  it('ignores the __MACOSX copies Finder adds', () => {
    const check = inspectPluginArchive(
      zipOf({ 'p/fiftyone.yml': 'name: p', '__MACOSX/p/fiftyone.yml': 'junk' }),
    );
    expect(check).toMatchObject({ kind: 'plugin', manifest: { name: 'p' } });
  });

  it('says what is wrong with a broken archive', () => {
    expect(inspectPluginArchive(strToU8('PK but not really'))).toEqual({
      kind: 'invalid',
      problem: 'This file is not a zip archive, or it is damaged.',
    });
    expect(inspectPluginArchive(zipOf({ 'p/__init__.py': '' }))).toEqual({
      kind: 'invalid',
      problem:
        'The zip has no fiftyone.yml or fiftyone.yaml. A plugin zip holds one plugin directory with its manifest, fiftyone.yml.',
    });
    expect(
      inspectPluginArchive(zipOf({ 'a/fiftyone.yml': 'name: a', 'b/fiftyone.yaml': 'name: b' })),
    ).toEqual({
      kind: 'invalid',
      problem:
        'The zip holds 2 plugins (a/fiftyone.yml, b/fiftyone.yaml). Install one plugin at a time.',
    });
    expect(inspectPluginArchive(zipOf({ 'p/fiftyone.yml': 'version: 1.0' }))).toEqual({
      kind: 'invalid',
      problem: 'p/fiftyone.yml does not name the plugin (it needs a “name:” field).',
    });
    const yaml = inspectPluginArchive(zipOf({ 'p/fiftyone.yml': 'name: [oops' }));
    expect(yaml.kind === 'invalid' && yaml.problem).toMatch(
      /^p\/fiftyone\.yml is not valid YAML: /,
    );
    expect(inspectPluginArchive(zipOf({ 'p/fiftyone.yml': 'name: p\noperators: run' }))).toEqual({
      kind: 'invalid',
      problem: 'p/fiftyone.yml: “operators” must be a list of operator names.',
    });
  });

  it('lets the server judge a manifest the browser cannot decompress', () => {
    // A one-entry zip whose entry claims bzip2 (method 12), as `upload_plugin(optimize=True)` writes.
    const zip = zipOf({ 'fiftyone.yml': 'name: p' }, 0);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    view.setUint16(8, 12, true); // local header
    const central = zip.findIndex(
      (_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50,
    );
    view.setUint16(central + 10, 12, true);
    expect(inspectPluginArchive(zip)).toEqual({
      kind: 'unpreviewable',
      manifestPath: 'fiftyone.yml',
      fileCount: 1,
      reason:
        'fiftyone.yml is compressed in a way the browser cannot read (method 12, e.g. bzip2).',
    });
  });
});
