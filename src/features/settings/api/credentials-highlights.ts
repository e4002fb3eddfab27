import { entriesOverlap } from '../../cloud-credentials/api/overlap.ts';
import type { Provider } from '../../cloud-credentials/api/providers.ts';
import type { Role } from '../../../lib/roles.ts';
import { usedBy, type SecretUsage } from '../../secrets/api/usage.ts';

// What the credentials page flags, as pure functions over what the API answered.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a credential made at `createdAt` is older than `days` at `now`. */
export function olderThan(createdAt: string, days: number, now: number): boolean {
  const made = Date.parse(createdAt);
  return !Number.isNaN(made) && now - made > days * DAY_MS;
}

/**
 * Roles whose keys deserve a look: a collaborator works only on what is shared with them, and a
 * guest cannot hold keys at all (a key left from before a demotion still opens the API).
 */
export function restrictedRole(role: Role): role is 'COLLABORATOR' | 'GUEST' {
  return role === 'COLLABORATOR' || role === 'GUEST';
}

/** The secrets no plugin declares and no orchestrator (active or not) references. */
export function unusedSecrets<S extends { key: string }>(
  secrets: readonly S[],
  usage: SecretUsage,
): S[] {
  return secrets.filter((secret) => {
    const users = usedBy(usage, secret.key);
    return users.plugins.length === 0 && users.orchestrators.length === 0;
  });
}

export interface CloudSet {
  provider: Provider;
  prefixes: readonly string[];
}

/**
 * For each set of cloud credentials, the other sets of its provider that some media path falls
 * under too (then which of them reads it is not obvious). The provider's default set (no
 * buckets) overlaps nothing: it serves only buckets that no other set names.
 */
export function cloudOverlaps<C extends CloudSet>(sets: readonly C[]): Map<C, C[]> {
  const out = new Map<C, C[]>();
  sets.forEach((a, i) => {
    sets.slice(i + 1).forEach((b) => {
      if (a.provider !== b.provider || a.prefixes.length === 0 || b.prefixes.length === 0) return;
      const meet = a.prefixes.some((pa) =>
        b.prefixes.some((pb) => entriesOverlap(a.provider, pa, pb)),
      );
      if (!meet) return;
      out.set(a, [...(out.get(a) ?? []), b]);
      out.set(b, [...(out.get(b) ?? []), a]);
    });
  });
  return out;
}
