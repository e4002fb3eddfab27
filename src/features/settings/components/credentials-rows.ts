import { useMemo, useState } from 'react';
import { roleText } from '../../../lib/roles.ts';
import { missingSecrets, usedBy } from '../../secrets/api/usage.ts';
import {
  cloudOverlaps,
  olderThan,
  restrictedRole,
  unusedSecrets,
} from '../api/credentials-highlights.ts';
import type { useCredentialsData } from './credentials-data.ts';
import { cloudSetName, type CloudRow } from './credentials-cloud-table.tsx';
import type { KeyRow } from './credentials-keys-table.tsx';
import type { SecretRow } from './credentials-secrets-table.tsx';

/** The three tables' rows, each with what the page flags about it, and the plugins' gaps. */
export function useCredentialRows(
  data: ReturnType<typeof useCredentialsData>,
  age: { days: number; label: string },
) {
  // One moment for every age on the page, so a key does not change sides between renders.
  const [now] = useState(() => Date.now());
  const { usage } = data;

  const keys = useMemo<KeyRow[]>(
    () =>
      data.keys.map((key) => {
        const stale = olderThan(key.createdAt, age.days, now);
        const flags: string[] = [];
        if (stale) flags.push(`Older than ${age.label}`);
        if (restrictedRole(key.owner.role)) {
          flags.push(`Owner is a ${roleText(key.owner.role).toLowerCase()}`);
        }
        return { ...key, stale, flags };
      }),
    [data.keys, age.days, age.label, now],
  );

  const secretList = data.secrets.data?.secrets;
  const unused = useMemo(
    () =>
      new Set(
        usage.data && secretList ? unusedSecrets(secretList, usage.data).map((s) => s.key) : [],
      ),
    [usage.data, secretList],
  );
  const secrets: SecretRow[] = (secretList ?? []).map((secret) => ({
    ...secret,
    usedBy: usage.data ? usedBy(usage.data, secret.key) : usage.isPending ? 'loading' : null,
    flags: unused.has(secret.key) ? ['Unused'] : [],
  }));
  const missing = useMemo(
    () =>
      usage.data && secretList
        ? missingSecrets(usage.data, new Set(secretList.map((s) => s.key)))
        : null,
    [usage.data, secretList],
  );

  const cloud = useMemo<CloudRow[]>(() => {
    const sets = data.cloud ?? [];
    const overlaps = cloudOverlaps(sets);
    return sets.map((set) => ({
      ...set,
      id: `${set.provider}:${[...set.prefixes].sort().join(',')}`,
      flags: (overlaps.get(set) ?? []).map((other) => `Overlaps ${cloudSetName(other)}`),
    }));
  }, [data.cloud]);

  return { keys, secrets, unused: usage.data ? unused : null, missing, cloud };
}
