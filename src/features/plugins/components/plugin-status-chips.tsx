import { Chip, Stack } from '@mui/material';

/** Enabled or disabled, and whether FiftyOne ships the plugin. */
export function PluginStatusChips({ enabled, builtin }: { enabled: boolean; builtin: boolean }) {
  return (
    <Stack direction="row" spacing={0.5} component="span">
      <Chip
        size="small"
        label={enabled ? 'Enabled' : 'Disabled'}
        color={enabled ? 'success' : 'default'}
        variant="outlined"
      />
      {builtin && <Chip size="small" label="Built-in" variant="outlined" />}
    </Stack>
  );
}
