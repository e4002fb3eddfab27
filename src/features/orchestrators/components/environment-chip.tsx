import { Chip } from '@mui/material';
import { ENVIRONMENT_LABELS, type Environment } from '../api/register-schema.ts';

export function EnvironmentChip({ environment }: { environment: Environment }) {
  return <Chip size="small" variant="outlined" label={ENVIRONMENT_LABELS[environment]} />;
}
