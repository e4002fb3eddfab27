import { environmentLabel } from '../api/environments.ts';
import { CellChip } from '../../../components/cell-chip.tsx';

/** null: the server does not report environments ([ext]); an unknown one shows as its text. */
export function EnvironmentChip({ environment }: { environment: string | null }) {
  if (environment === null) return <span aria-label="Environment not reported">—</span>;
  return <CellChip label={environmentLabel(environment)} />;
}
