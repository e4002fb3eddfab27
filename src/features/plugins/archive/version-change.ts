// What replacing an installed plugin with an archive's version does to its version: a newer
// one is an upgrade, an older one a downgrade (which should be said, and chosen as such), the
// same one a reinstall. Versions are compared as semantic versions (1.10.0 > 1.9.0; a
// pre-release such as 2.0.0-beta comes before 2.0.0); what cannot be read is just "a change".

export type VersionChange = 'upgrade' | 'downgrade' | 'reinstall' | 'change';

interface Parsed {
  core: number[];
  prerelease: string[];
}

function parse(version: string): Parsed | null {
  const match = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(
    version.trim(),
  );
  if (!match) return null;
  return {
    core: (match[1] ?? '').split('.').map(Number),
    prerelease: match[2] ? match[2].split('.') : [],
  };
}

function compareIdentifiers(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  if (numeric.test(a)) return -1;
  if (numeric.test(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when the same; null if unreadable. */
export function compareVersions(a: string, b: string): number | null {
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return null;
  const length = Math.max(left.core.length, right.core.length);
  for (let i = 0; i < length; i += 1) {
    const difference = (left.core[i] ?? 0) - (right.core[i] ?? 0);
    if (difference !== 0) return difference;
  }
  // A release comes after its pre-releases.
  if (left.prerelease.length === 0 || right.prerelease.length === 0) {
    return right.prerelease.length - left.prerelease.length;
  }
  const parts = Math.max(left.prerelease.length, right.prerelease.length);
  for (let i = 0; i < parts; i += 1) {
    const x = left.prerelease[i];
    const y = right.prerelease[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const difference = compareIdentifiers(x, y);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** What installing version `next` over the installed version `installed` is. */
export function versionChange(installed: string | null, next: string | null): VersionChange {
  if (installed === null || next === null) return 'change';
  if (installed.trim() === next.trim()) return 'reinstall';
  const order = compareVersions(next, installed);
  if (order === null) return 'change';
  return order > 0 ? 'upgrade' : order < 0 ? 'downgrade' : 'reinstall';
}
