import { CellChip } from '../../../components/cell-chip.tsx';

/** Enabled or disabled, and whether FiftyOne ships the plugin. */
export function PluginStatusChips({ enabled, builtin }: { enabled: boolean; builtin: boolean }) {
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4, maxWidth: '100%' }}>
      <CellChip label={enabled ? 'Enabled' : 'Disabled'} tone={enabled ? 'success' : 'default'} />
      {builtin && <CellChip label="Built-in" />}
    </span>
  );
}
