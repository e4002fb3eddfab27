import { describe, expect, it } from 'vitest';
import {
  cloudOverlaps,
  olderThan,
  restrictedRole,
  unusedSecrets,
} from './credentials-highlights.ts';
import { ROLES } from '../../../lib/roles.ts';
import { parseCredentialsParams } from './credentials-params.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('credential highlights', () => {
  it('flags a key strictly older than the age, and never one with an unreadable date', () => {
    expect(olderThan(new Date(NOW - 366 * DAY_MS).toISOString(), 365, NOW)).toBe(true);
    expect(olderThan(new Date(NOW - 365 * DAY_MS).toISOString(), 365, NOW)).toBe(false);
    expect(olderThan('not a date', 1, NOW)).toBe(false);
  });

  it('flags the keys of collaborators and guests only', () => {
    expect(ROLES.filter((role) => restrictedRole(role))).toEqual(['COLLABORATOR', 'GUEST']);
  });

  it('calls a secret unused when no plugin declares it and no orchestrator, even a deactivated one, references it', () => {
    const usage = {
      plugins: [{ name: 'p', enabled: false, declared: ['A'] }],
      orchestrators: [{ instanceIdentifier: 'o', deactivated: true, references: ['B'] }],
    };
    expect(unusedSecrets([{ key: 'A' }, { key: 'B' }, { key: 'C' }], usage)).toEqual([
      { key: 'C' },
    ]);
  });

  it('pairs the sets of one provider whose buckets overlap, never the default set', () => {
    const aws = { provider: 'AWS' as const, prefixes: ['raw', 'labels'] };
    const nested = { provider: 'AWS' as const, prefixes: ['labels/2026/'] };
    const awsDefault = { provider: 'AWS' as const, prefixes: [] };
    const gcp = { provider: 'GCP' as const, prefixes: ['labels'] };
    const overlaps = cloudOverlaps([aws, nested, awsDefault, gcp]);
    expect(overlaps.get(aws)).toEqual([nested]);
    expect(overlaps.get(nested)).toEqual([aws]);
    expect(overlaps.has(awsDefault)).toBe(false);
    expect(overlaps.has(gcp)).toBe(false);
  });

  it('reads the age from the URL, falling back to a year for one it does not offer', () => {
    expect(parseCredentialsParams(new URLSearchParams('age=90')).age).toBe(90);
    expect(parseCredentialsParams(new URLSearchParams('age=7')).age).toBe(365);
    expect(parseCredentialsParams(new URLSearchParams('')).age).toBe(365);
  });
});
