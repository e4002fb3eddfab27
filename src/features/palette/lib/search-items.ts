import { paths } from '../../../config/paths.ts';
import { roleText } from '../../../lib/roles.ts';
import { PERMISSION_LABELS } from '../../../lib/permissions.ts';
import { PER_KIND, type PaletteSearchResult } from '../api/palette-search.ts';
import { matchesWords, type EntityKind, type PaletteItem } from './palette-items.ts';

// The search's answer as palette entries, kind by kind, each with its key fact.

const link = (to: string) => ({ type: 'link', to }) as const;

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export function foundItems(
  data: PaletteSearchResult,
  term: string,
): Record<EntityKind, PaletteItem[]> {
  return {
    user: (data.usersPage?.nodes ?? []).map((user) => ({
      id: `user:${user.id}`,
      kind: 'user',
      label: user.name,
      detail: `${roleText(user.role)} · ${user.email}`,
      target: link(paths.users.detail(user.id)),
    })),
    group: (data.userGroupsPage?.nodes ?? []).map((group) => ({
      id: `group:${group.id}`,
      kind: 'group',
      label: group.name,
      detail: plural(group.usersCount, 'member', 'members'),
      target: link(paths.groups.detail(group.id)),
    })),
    dataset: data.datasetsPage.nodes.map((dataset) => ({
      id: `dataset:${dataset.id}`,
      kind: 'dataset',
      label: dataset.name,
      detail: `You: ${PERMISSION_LABELS[dataset.viewer.activePermission]}`,
      target: link(paths.datasets.access(dataset.name)),
    })),
    // The API has no plugin search: the list is short and matched here.
    plugin: data.plugins
      .filter((plugin) => matchesWords(plugin.name, term))
      .slice(0, PER_KIND)
      .map((plugin) => ({
        id: `plugin:${plugin.name}`,
        kind: 'plugin',
        label: plugin.name,
        detail: [plugin.version && `v${plugin.version}`, plugin.enabled ? 'Enabled' : 'Disabled']
          .filter(Boolean)
          .join(' · '),
        target: link(paths.plugins.detail(plugin.name)),
      })),
    secret: (data.secrets ?? []).slice(0, PER_KIND).map((secret) => ({
      id: `secret:${secret.key}`,
      kind: 'secret',
      label: secret.key,
      detail: secret.description || 'No description',
      // The secrets page has no page per secret: its list, searched for this key.
      target: link(`${paths.secrets.list()}?${new URLSearchParams({ q: secret.key }).toString()}`),
    })),
    orchestrator: (data.orchestratorsPage?.nodes ?? []).map((orchestrator) => ({
      id: `orchestrator:${orchestrator.instanceIdentifier}`,
      kind: 'orchestrator',
      label: orchestrator.instanceIdentifier,
      detail: orchestrator.orchestratorIdentifier,
      target: link(paths.orchestrators.detail(orchestrator.instanceIdentifier)),
    })),
  };
}

const SNAPSHOTS_PAGE = 'page:snapshots:';

/** The snapshots page of each dataset found, among the pages. */
export function snapshotPages(datasets: readonly PaletteItem[]): PaletteItem[] {
  return datasets.map((dataset) => ({
    id: `${SNAPSHOTS_PAGE}${dataset.id}`,
    kind: 'page',
    label: `Snapshots of ${dataset.label}`,
    detail: 'Snapshots',
    target: link(paths.snapshots.dataset(dataset.label)),
  }));
}

/** A dataset's snapshots page: open to whoever found the dataset. */
export function isSnapshotsPage(item: PaletteItem): boolean {
  return item.id.startsWith(SNAPSHOTS_PAGE);
}
