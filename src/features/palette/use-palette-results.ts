import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDebounced } from '../../lib/use-debounced.ts';
import { paletteQueries } from './api/palette-search.ts';
import {
  actionItems,
  isAdmin,
  matchesWords,
  mayUseKind,
  pageItems,
  type PaletteArea,
  type PaletteItem,
  type ViewerScope,
} from './lib/palette-items.ts';
import { foundItems, isSnapshotsPage, snapshotPages } from './lib/search-items.ts';

export interface PaletteGroup {
  key: string;
  label: string;
  items: PaletteItem[];
}

export type SearchState =
  | { state: 'idle' }
  | { state: 'searching' }
  | { state: 'failed'; error: unknown; retry: () => unknown }
  | { state: 'done' };

// A pause in typing before the palette asks the server, as the lists' search boxes wait.
const SEARCH_DEBOUNCE_MS = 200;

const FOUND_GROUPS = [
  ['user', 'Users'],
  ['group', 'Groups'],
  ['dataset', 'Datasets'],
  ['plugin', 'Plugins'],
  ['secret', 'Secrets'],
  ['orchestrator', 'Orchestrators'],
] as const;

/**
 * The palette's groups for what is typed: with nothing typed, the recent entries, pages and
 * actions (no request); with a search, what the server found, then matching pages and actions.
 */
export function usePaletteResults(
  query: string,
  scope: ViewerScope,
  areas: readonly PaletteArea[],
  recent: readonly PaletteItem[],
): { groups: PaletteGroup[]; search: SearchState } {
  const term = query.trim();
  const settled = useDebounced(term, SEARCH_DEBOUNCE_MS);
  const found = useQuery({
    ...paletteQueries.search(settled, isAdmin(scope)),
    enabled: settled !== '',
  });
  const pages = useMemo(() => pageItems(scope, areas), [scope, areas]);
  const actions = useMemo(() => actionItems(scope), [scope]);

  const groups = useMemo((): PaletteGroup[] => {
    if (!term) {
      const offered = new Set([...pages, ...actions].map((item) => item.id));
      // A remembered entry is offered again only while the viewer may still use it.
      const stillAllowed = recent.filter((item) =>
        item.kind === 'page' || item.kind === 'action'
          ? offered.has(item.id) || isSnapshotsPage(item)
          : mayUseKind(scope, item.kind),
      );
      return [
        { key: 'recent', label: 'Recent', items: stillAllowed },
        { key: 'page', label: 'Pages', items: pages },
        { key: 'action', label: 'Actions', items: actions },
      ];
    }
    const byKind = found.data && settled ? foundItems(found.data, settled) : null;
    const entities = FOUND_GROUPS.map(([kind, label]) => ({
      key: kind,
      label,
      items: byKind && mayUseKind(scope, kind) ? byKind[kind] : [],
    }));
    return [
      ...entities,
      {
        key: 'page',
        label: 'Pages',
        items: [
          ...pages.filter((item) => matchesWords(item.label, term)),
          ...snapshotPages(byKind?.dataset ?? []),
        ],
      },
      {
        key: 'action',
        label: 'Actions',
        items: actions.filter((item) => matchesWords(item.label, term)),
      },
    ];
  }, [term, settled, found.data, pages, actions, recent, scope]);

  const search: SearchState = !term
    ? { state: 'idle' }
    : found.isError
      ? { state: 'failed', error: found.error, retry: () => found.refetch() }
      : settled !== term || found.isFetching
        ? { state: 'searching' }
        : { state: 'done' };
  return { groups: groups.filter((group) => group.items.length > 0), search };
}
