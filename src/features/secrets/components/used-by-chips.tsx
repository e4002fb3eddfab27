import AppsIcon from '@mui/icons-material/Apps';
import ExtensionIcon from '@mui/icons-material/Extension';
import { Stack, Typography } from '@mui/material';
import { paths } from '../../../config/paths.ts';
import type { UsedBy } from '../api/usage.ts';
import { TextChip } from '../../../components/text-chip.tsx';

/** The plugins that declare a secret and the orchestrators that reference it, as links. */
export function UsedByChips({ usedBy }: { usedBy: UsedBy | null | 'loading' }) {
  if (usedBy === 'loading') {
    return (
      <Typography variant="body2" color="text.secondary">
        Checking…
      </Typography>
    );
  }
  if (usedBy === null) {
    return (
      <Typography variant="body2" color="text.secondary">
        Unknown
      </Typography>
    );
  }
  if (usedBy.plugins.length + usedBy.orchestrators.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        Nothing
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', py: 0.5 }}>
      {usedBy.plugins.map((plugin) => (
        <TextChip
          key={`plugin:${plugin.name}`}
          size="small"
          variant="outlined"
          icon={<ExtensionIcon aria-hidden />}
          label={plugin.name}
          aria-label={`Plugin ${plugin.name}${plugin.enabled ? '' : ' (disabled)'}`}
          to={paths.plugins.detail(plugin.name)}
        />
      ))}
      {usedBy.orchestrators.map((orchestrator) => (
        <TextChip
          key={`orchestrator:${orchestrator.instanceIdentifier}`}
          size="small"
          variant="outlined"
          icon={<AppsIcon aria-hidden />}
          label={orchestrator.instanceIdentifier}
          aria-label={`Orchestrator ${orchestrator.instanceIdentifier}${orchestrator.deactivated ? ' (deactivated)' : ''}`}
          to={paths.orchestrators.detail(orchestrator.instanceIdentifier)}
        />
      ))}
    </Stack>
  );
}
