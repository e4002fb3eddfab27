import { strToU8, zipSync, type Zippable } from 'fflate';
import { stringify } from 'yaml';
import type { PluginManifest } from './manifest.ts';

// Builds plugin zips: the seed's custom plugins (so that downloading one gives a real archive)
// and the tests' fixtures. A fixed timestamp keeps the bytes the same on every build.

const FIXED_MTIME = new Date(Date.UTC(2024, 0, 1));

/** The manifest as a plugin author writes it in fiftyone.yml. */
export function manifestYaml(manifest: PluginManifest): string {
  return stringify({
    name: manifest.name,
    ...(manifest.description ? { description: manifest.description } : {}),
    ...(manifest.version ? { version: manifest.version } : {}),
    ...(manifest.fiftyoneVersion ? { fiftyone: { version: manifest.fiftyoneVersion } } : {}),
    ...(manifest.operators.length > 0 ? { operators: manifest.operators } : {}),
    ...(manifest.secrets.length > 0 ? { secrets: manifest.secrets } : {}),
  });
}

/** `@acme/data-quality` → `data-quality`: the directory a plugin is usually kept in. */
export function pluginDirectory(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1) || 'plugin';
}

/**
 * A zip holding one plugin directory: its fiftyone.yml, an `__init__.py` defining the
 * operators, and any `extra` files (paths relative to the directory).
 */
export function buildPluginZip(
  manifest: PluginManifest,
  extra: Record<string, string> = {},
  directory = pluginDirectory(manifest.name),
): Uint8Array<ArrayBuffer> {
  const files: Record<string, string> = {
    'fiftyone.yml': manifestYaml(manifest),
    '__init__.py': pythonStub(manifest),
    ...extra,
  };
  const tree: Zippable = {};
  for (const [path, text] of Object.entries(files)) {
    tree[directory ? `${directory}/${path}` : path] = strToU8(text);
  }
  return zipSync(tree, { mtime: FIXED_MTIME });
}

function pythonStub(manifest: PluginManifest): string {
  const className = (name: string): string =>
    name.replace(/(?:^|_)([a-z0-9])/g, (_match, c: string) => c.toUpperCase());
  const classes = manifest.operators.map(
    (name) =>
      `class ${className(name)}(foo.Operator):\n    @property\n    def config(self):\n        return foo.OperatorConfig(name="${name}")\n`,
  );
  const register = manifest.operators.map((name) => `    p.register(${className(name)})`);
  return [
    'import fiftyone.operators as foo\n\n',
    ...classes.map((c) => `${c}\n`),
    `def register(p):\n${register.join('\n') || '    pass'}\n`,
  ].join('\n');
}
