import { Chip } from '@mui/material';
import { environmentLabel } from '../api/register-schema.ts';

/** null: the server does not report environments ([ext]); an unknown one shows as its text. */
export function EnvironmentChip({ environment }: { environment: string | null }) {
  if (environment === null) return <span aria-label="Environment not reported">—</span>;
  return <Chip size="small" variant="outlined" label={environmentLabel(environment)} />;
}
