import type { ItemKind, PaletteItem, PaletteTarget } from './palette-items.ts';

// The last few entries chosen in the palette, for this tab only (sessionStorage) and per signed-in
// person, so another persona or key in the same tab starts with its own list.

const MAX_RECENT = 5;
const KEY_PREFIX = 'fo-palette-recent:';

const KINDS: readonly ItemKind[] = [
  'user',
  'group',
  'dataset',
  'plugin',
  'secret',
  'orchestrator',
  'page',
  'action',
];

// Checked by hand rather than with zod: the schema kinds it needs would join the zod code every
// page loads at start (the palette itself loads on first use).
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isTarget(value: unknown): value is PaletteTarget {
  if (!isRecord(value)) return false;
  return value.type === 'connection' || (value.type === 'link' && typeof value.to === 'string');
}

function isItem(value: unknown): value is PaletteItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    KINDS.some((kind) => kind === value.kind) &&
    typeof value.label === 'string' &&
    typeof value.detail === 'string' &&
    isTarget(value.target)
  );
}

export function readRecent(viewerId: string): PaletteItem[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(KEY_PREFIX + viewerId) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isItem) : [];
  } catch {
    // Storage blocked or a value this version cannot read: start afresh.
    return [];
  }
}

export function rememberRecent(viewerId: string, item: PaletteItem): void {
  const next = [item, ...readRecent(viewerId).filter((entry) => entry.id !== item.id)].slice(
    0,
    MAX_RECENT,
  );
  try {
    sessionStorage.setItem(KEY_PREFIX + viewerId, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the palette works without remembering.
  }
}
