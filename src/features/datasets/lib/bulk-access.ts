import type { BulkItem, BulkPreview } from '../../../components/bulk-run-dialog.tsx';
import { permissionText, type Permission } from '../../../lib/permissions.ts';
import { ROLE_LABELS, type Role } from '../../../lib/roles.ts';
import {
  effectiveAccess,
  rank,
  roleCap,
  type AccessSources,
  type GrantLevel,
} from './access-rules.ts';

// What a bulk change of dataset access will do, before anything is sent: the rows that go out
// (each one ordinary request, checked by the server as today) and the rows skipped with the
// reason. The reasons are the server's own rules (fiftyone-api.md §14), so a preview never
// promises what the server would refuse.

/** A bulk preview and the requests it sends. */
export interface BulkPlan<T> {
  items: BulkItem<T>[];
  preview: BulkPreview;
}

/** Who runs the change: admins keep MANAGE on every dataset whatever their own grant says. */
export interface BulkViewer {
  id: string;
  admin: boolean;
}

/** Someone listed on a dataset's access page, as the bulk actions need them. */
export interface GrantHolder {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Their own grant here; null when their access comes only from groups or the default. */
  own: Permission | null;
  /** Where the rest of their access comes from (for "loses all access" in a removal). */
  sources: AccessSources;
}

/** A group with a grant on the dataset. */
export interface GroupGrantHolder {
  id: string;
  name: string;
  permission: Permission | null;
}

/** A grant the server refuses: above what the role can hold. */
export function capReason(role: Role, level: Permission): string | null {
  const cap = roleCap(role);
  return rank(level) > rank(cap)
    ? `A ${ROLE_LABELS[role].toLowerCase()} can have at most ${permissionText(cap)}; the server refuses ${permissionText(level)}.`
    : null;
}

/**
 * A manager who is no admin changing their own grant could lose MANAGE halfway through the run,
 * and every later request would be refused: their own grant is changed on its own, in the table.
 */
const YOURSELF =
  'Yourself: change your own grant on its own, so you do not lose managing this dataset halfway.';

function counted(outcomes: [string, number][]): BulkPreview['outcomes'] {
  return outcomes.filter(([, count]) => count > 0).map(([label, count]) => ({ label, count }));
}

/** Set the own grant of each selected person to `level`. */
export function planPeopleChange(
  people: readonly GrantHolder[],
  level: GrantLevel,
  viewer: BulkViewer,
): BulkPlan<{ userId: string; permission: GrantLevel }> {
  const items: BulkItem<{ userId: string; permission: GrantLevel }>[] = [];
  const skipped: { label: string; reason: string }[] = [];
  let changed = 0;
  let added = 0;
  for (const person of people) {
    const cap = capReason(person.role, level);
    const reason =
      person.id === viewer.id && !viewer.admin
        ? YOURSELF
        : person.own === level
          ? `Already has ${permissionText(level)} of their own.`
          : cap;
    if (reason) {
      skipped.push({ label: person.name, reason });
      continue;
    }
    if (person.own === null) added += 1;
    else changed += 1;
    items.push({
      key: person.id,
      label: person.name,
      input: { userId: person.id, permission: level },
    });
  }
  return {
    items,
    preview: {
      outcomes: counted([
        [`Own grant changed to ${permissionText(level)}`, changed],
        [`Own grant of ${permissionText(level)} added (had access through groups only)`, added],
      ]),
      skipped,
    },
  };
}

/** Remove the own grant of each selected person. */
export function planPeopleRemoval(
  people: readonly GrantHolder[],
  viewer: BulkViewer,
): BulkPlan<{ userId: string }> {
  const items: BulkItem<{ userId: string }>[] = [];
  const skipped: { label: string; reason: string }[] = [];
  let keepSome = 0;
  let loseAll = 0;
  for (const person of people) {
    const reason =
      person.id === viewer.id && !viewer.admin
        ? YOURSELF
        : person.own === null
          ? 'No grant of their own to remove: their access comes from groups.'
          : null;
    if (reason) {
      skipped.push({ label: person.name, reason });
      continue;
    }
    if (effectiveAccess({ ...person.sources, own: null }) === 'NO_ACCESS') loseAll += 1;
    else keepSome += 1;
    items.push({ key: person.id, label: person.name, input: { userId: person.id } });
  }
  return {
    items,
    preview: {
      outcomes: counted([
        ['Own grant removed, no access left (they will no longer see the dataset)', loseAll],
        ['Own grant removed, keeping access through groups or the default', keepSome],
      ]),
      skipped,
    },
  };
}

/** Set each selected group's grant to `level` (each member gets it capped by their role). */
export function planGroupsChange(
  groups: readonly GroupGrantHolder[],
  level: GrantLevel,
): BulkPlan<{ group: string; permission: GrantLevel }> {
  const items: BulkItem<{ group: string; permission: GrantLevel }>[] = [];
  const skipped: { label: string; reason: string }[] = [];
  for (const group of groups) {
    if (group.permission === level) {
      skipped.push({ label: group.name, reason: `Already has ${permissionText(level)}.` });
      continue;
    }
    items.push({ key: group.id, label: group.name, input: { group: group.id, permission: level } });
  }
  return {
    items,
    preview: {
      outcomes: counted([
        [
          `Group grant changed to ${permissionText(level)} (members get at most what their role allows)`,
          items.length,
        ],
      ]),
      skipped,
    },
  };
}

/** Remove each selected group's grant. */
export function planGroupsRemoval(
  groups: readonly GroupGrantHolder[],
): BulkPlan<{ group: string }> {
  const items = groups.map((group) => ({
    key: group.id,
    label: group.name,
    input: { group: group.id },
  }));
  return {
    items,
    preview: { outcomes: counted([['Group grant removed', items.length]]), skipped: [] },
  };
}

/** A dataset on the Datasets list, with the viewer's own access to it. */
export interface ListedDataset {
  id: string;
  name: string;
  /** The viewer's effective permission on it. */
  viewerPermission: Permission;
}

/** Who the Datasets list grants to: one person (by id, their role caps the level) or a group. */
export type GrantTarget =
  { kind: 'person'; id: string; name: string; role: Role } | { kind: 'group'; name: string };

export type DatasetGrantInput =
  | { kind: 'person'; dataset: string; userId: string; permission: GrantLevel }
  | { kind: 'group'; dataset: string; group: string; permission: GrantLevel };

/**
 * Grant `target` the `level` on each selected dataset. Admins may change any dataset's access;
 * others only where they hold MANAGE. A person's grant above their role's cap is refused by the
 * server (so skipped here); a group's grant is set as asked and capped per member.
 * `ownGrants` (dataset id → the person's own grant, when known: admins can read it) tells an
 * unchanged grant, a changed one and a new one apart.
 */
export function planDatasetsGrant(
  datasets: readonly ListedDataset[],
  target: GrantTarget,
  level: GrantLevel,
  viewer: BulkViewer,
  ownGrants?: ReadonlyMap<string, Permission | null>,
): BulkPlan<DatasetGrantInput> {
  const items: BulkItem<DatasetGrantInput>[] = [];
  const skipped: { label: string; reason: string }[] = [];
  const cap = target.kind === 'person' ? capReason(target.role, level) : null;
  let changed = 0;
  for (const dataset of datasets) {
    const own = ownGrants?.get(dataset.id) ?? null;
    const reason =
      !viewer.admin && dataset.viewerPermission !== 'MANAGE'
        ? `You do not manage it (you have ${permissionText(dataset.viewerPermission)}); only admins and its managers can change who has access.`
        : target.kind === 'person' && target.id === viewer.id && !viewer.admin
          ? YOURSELF
          : (cap ?? (own === level ? `Already has ${permissionText(level)} of their own.` : null));
    if (reason) {
      skipped.push({ label: dataset.name, reason });
      continue;
    }
    if (own !== null) changed += 1;
    items.push({
      key: dataset.id,
      label: dataset.name,
      input:
        target.kind === 'person'
          ? { kind: 'person', dataset: dataset.name, userId: target.id, permission: level }
          : { kind: 'group', dataset: dataset.name, group: target.name, permission: level },
    });
  }
  if (target.kind === 'group') {
    const what = `Group ${target.name} gets ${permissionText(level)} (each member at most what their role allows)`;
    return { items, preview: { outcomes: counted([[what, items.length]]), skipped } };
  }
  const outcomes: [string, number][] = ownGrants
    ? [
        [`${target.name}'s own grant changed to ${permissionText(level)}`, changed],
        [
          `${target.name} gets ${permissionText(level)} of their own (new grant)`,
          items.length - changed,
        ],
      ]
    : [
        [
          `${target.name} gets ${permissionText(level)} of their own (replacing any grant of their own)`,
          items.length,
        ],
      ];
  return { items, preview: { outcomes: counted(outcomes), skipped } };
}
