import AppsIcon from '@mui/icons-material/Apps';
import ExtensionIcon from '@mui/icons-material/Extension';
import { CellChip } from '../../../components/cell-chip.tsx';
import { paths } from '../../../config/paths.ts';
import type { UsedBy } from '../api/usage.ts';

/** The plugins that declare a secret and the orchestrators that reference it, as links. */
export function UsedByChips({ usedBy }: { usedBy: UsedBy | null | 'loading' }) {
  if (usedBy === 'loading') return <span className="fo-text-secondary">Checking…</span>;
  if (usedBy === null) return <span className="fo-text-secondary">Unknown</span>;
  if (usedBy.plugins.length + usedBy.orchestrators.length === 0) {
    return <span className="fo-text-secondary">Nothing</span>;
  }
  return (
    <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, padding: '4px 0' }}>
      {usedBy.plugins.map((plugin) => (
        <CellChip
          key={`plugin:${plugin.name}`}
          icon={<ExtensionIcon aria-hidden />}
          label={plugin.name}
          aria-label={`Plugin ${plugin.name}${plugin.enabled ? '' : ' (disabled)'}`}
          to={paths.plugins.detail(plugin.name)}
        />
      ))}
      {usedBy.orchestrators.map((orchestrator) => (
        <CellChip
          key={`orchestrator:${orchestrator.instanceIdentifier}`}
          icon={<AppsIcon aria-hidden />}
          label={orchestrator.instanceIdentifier}
          aria-label={`Orchestrator ${orchestrator.instanceIdentifier}${orchestrator.deactivated ? ' (deactivated)' : ''}`}
          to={paths.orchestrators.detail(orchestrator.instanceIdentifier)}
        />
      ))}
    </span>
  );
}
