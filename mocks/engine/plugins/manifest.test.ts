import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../http.ts';
import { buildPluginZip, manifestYaml } from './build.ts';
import { PluginArchiveError, readPluginArchive, type PluginManifest } from './manifest.ts';
import { readZip } from './zip.ts';

// What the server reads from an uploaded plugin zip. Fixtures are built here with fflate, except
// one the SDK itself wrote: `upload_plugin(dir, optimize=True)` zips with Python's
// zipfile.ZIP_BZIP2 and puts the directory's files at the top of the archive. It was made by that
// code path (zipfile.ZipFile(name, "w", zipfile.ZIP_BZIP2), files added relative to the plugin
// directory) from a directory holding fiftyone.yml, __init__.py and sub/util.py.
const SDK_OPTIMIZED_ZIP = fromBase64(
  'UEsDBC4AAAAMAGdoe10ROt9xWQAAADwAAAALAAAAX19pbml0X18ucHlCWmg5MUFZJlNZjxDVawAAEFmAQBBAYQAQJ6PcICAAVFGTIGmmQxFHiTyaAekh6ZQvhnPuJnV3RXnaRR2IHFQuS7QRADduWELvPyUBHaQLuSKcKEhHiGq1gFBLAwQuAAAADABnaHtdEVogCsQAAAC+AAAADAAAAGZpZnR5b25lLnltbEJaaDkxQVkmU1lUqTbmAABEX4AAEFAD+BNGqZwQv+/fsCAAlIinoaiNpqP1J6TTQabaoAZo1BqZT0apmiMR6JoGjQaNNMmkvIJbAzJoCMcxWxW3IM3b9dHtAz5S284T7RD6KXgi4KnDDA+h3QvgUGQoZ2etnEK8XgV6WMFEXGlG5SnQh0B21san6AMVZ1Ap2NMjdZKvMwtm3CQrmtMrjLXRktQtkERjotEYTN6CNrxsWp0+pR/UE+Q9BdyRThQkFSpNuYBQSwMELgAAAAwAZ2h7XTuJ9osuAAAABgAAAAsAAABzdWIvdXRpbC5weUJaaDkxQVkmU1mj3XaLAAAC2IAAEEAAIAIAQCAAIYNBmguBHF3JFOFCQo912ixQSwECLgMuAAAADABnaHtdETrfcVkAAAA8AAAACwAAAAAAAAAAAAAApIEAAAAAX19pbml0X18ucHlQSwECLgMuAAAADABnaHtdEVogCsQAAAC+AAAADAAAAAAAAAAAAAAApIGCAAAAZmlmdHlvbmUueW1sUEsBAi4DLgAAAAwAZ2h7XTuJ9osuAAAABgAAAAsAAAAAAAAAAAAAAKSBcAEAAHN1Yi91dGlsLnB5UEsFBgAAAAADAAMArAAAAMcBAAAAAA==',
);

const MANIFEST: PluginManifest = {
  name: '@acme/hello',
  version: '1.2.0',
  description: 'Says hello',
  fiftyoneVersion: '>=0.23',
  operators: ['say_hello', 'say_goodbye'],
  secrets: ['HELLO_TOKEN'],
};

function zipOf(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

function refusal(bytes: Uint8Array): string {
  try {
    readPluginArchive(bytes);
  } catch (error) {
    if (error instanceof PluginArchiveError) return error.message;
    throw error;
  }
  throw new Error('the archive was accepted');
}

describe('readPluginArchive', () => {
  it('reads name, version, description, FiftyOne version, operators and secrets', () => {
    expect(readPluginArchive(buildPluginZip(MANIFEST))).toEqual({
      manifest: MANIFEST,
      directory: 'hello',
    });
  });

  it('reads a zip whose files sit at the top, as the SDK zips a directory', () => {
    const archive = readPluginArchive(buildPluginZip(MANIFEST, {}, ''));
    expect(archive.directory).toBe('');
    expect(archive.manifest.name).toBe('@acme/hello');
  });

  it("reads the SDK's optimized (bzip2) zip", () => {
    expect(readZip(SDK_OPTIMIZED_ZIP).map((entry) => entry.name)).toEqual([
      '__init__.py',
      'fiftyone.yml',
      'sub/util.py',
    ]);
    expect(readPluginArchive(SDK_OPTIMIZED_ZIP)).toEqual({
      directory: '',
      manifest: {
        name: '@sdk/bzip-plugin',
        version: '1.10',
        description: 'Zipped by the SDK with optimize=True',
        fiftyoneVersion: '>=0.23',
        operators: ['say_hello', 'say_goodbye'],
        secrets: ['GREETING_TOKEN'],
      },
    });
  });

  it('accepts fiftyone.yaml and keeps versions as written (1.10 is not 1.1)', () => {
    const archive = readPluginArchive(
      zipOf({ 'p/fiftyone.yaml': 'name: p\nversion: 1.10\nfiftyone:\n  version: 0.9\n' }),
    );
    expect(archive.manifest).toEqual({
      name: 'p',
      version: '1.10',
      description: null,
      fiftyoneVersion: '0.9',
      operators: [],
      secrets: [],
    });
  });

  it("ignores macOS's __MACOSX copies of the manifest", () => {
    const archive = readPluginArchive(
      zipOf({
        'hello/fiftyone.yml': manifestYaml(MANIFEST),
        '__MACOSX/hello/._fiftyone.yml': 'binary resource fork',
        '__MACOSX/hello/fiftyone.yml': 'name: ghost',
      }),
    );
    expect(archive.manifest.name).toBe('@acme/hello');
  });

  it('says what is wrong with an archive that is not a plugin', () => {
    expect(refusal(strToU8('just some text, not a zip at all'))).toBe('not a zip archive');
    expect(refusal(zipOf({ 'hello/__init__.py': 'pass' }))).toMatch(
      /^the zip has no fiftyone\.yml or fiftyone\.yaml/,
    );
    expect(refusal(zipOf({ 'a/fiftyone.yml': 'name: a', 'b/fiftyone.yml': 'name: b' }))).toBe(
      'the zip holds 2 plugin manifests (a/fiftyone.yml, b/fiftyone.yml); upload one plugin at a time',
    );
    expect(refusal(zipOf({ 'p/fiftyone.yml': 'name: [unclosed' }))).toMatch(
      /^p\/fiftyone\.yml is not valid YAML: /,
    );
    expect(refusal(zipOf({ 'p/fiftyone.yml': 'version: 1.0.0' }))).toBe(
      'p/fiftyone.yml has no name',
    );
    expect(refusal(zipOf({ 'p/fiftyone.yml': '- a\n- b' }))).toBe(
      'p/fiftyone.yml is not a YAML mapping',
    );
    expect(refusal(zipOf({ 'p/fiftyone.yml': 'name: p\noperators: run' }))).toBe(
      'p/fiftyone.yml: operators must be a list',
    );
    expect(refusal(zipOf({ 'p/fiftyone.yml': 'name: p\noperators: [run, run]' }))).toBe(
      'p/fiftyone.yml: operators lists run twice',
    );
  });

  it('refuses a truncated archive', () => {
    const zip = buildPluginZip(MANIFEST);
    expect(refusal(zip.subarray(0, zip.length - 30))).toBe('not a zip archive');
  });
});
