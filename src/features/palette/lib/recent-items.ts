import { z } from '../../../lib/zod.ts';
import type { PaletteItem } from './palette-items.ts';

// The last few entries chosen in the palette, for this tab only (sessionStorage) and per signed-in
// person, so another persona or key in the same tab starts with its own list.

const MAX_RECENT = 5;
const KEY_PREFIX = 'fo-palette-recent:';

const itemSchema = z.object({
  id: z.string(),
  kind: z.enum(['user', 'group', 'dataset', 'plugin', 'secret', 'orchestrator', 'page', 'action']),
  label: z.string(),
  detail: z.string(),
  target: z.discriminatedUnion('type', [
    z.object({ type: z.literal('link'), to: z.string() }),
    z.object({ type: z.literal('connection') }),
  ]),
});
const listSchema = z.array(itemSchema);

export function readRecent(viewerId: string): PaletteItem[] {
  try {
    const stored = sessionStorage.getItem(KEY_PREFIX + viewerId);
    if (!stored) return [];
    const parsed = listSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
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
