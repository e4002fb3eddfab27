import ConstructionIcon from '@mui/icons-material/Construction';
import { Paper, Stack, Typography } from '@mui/material';
import { PageHeader } from './page-header.tsx';

/** An area that is not built yet says what it will hold. */
export function NotBuilt({ title, holds, sdk }: { title: string; holds: string; sdk: string[] }) {
  return (
    <>
      <PageHeader title={title} />
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <ConstructionIcon color="action" aria-hidden />
          <div>
            <Typography variant="h6" component="h2" gutterBottom>
              Coming soon
            </Typography>
            <Typography sx={{ mb: 1 }}>{holds}</Typography>
            <Typography color="text.secondary" variant="body2">
              It will cover the SDK’s {sdk.join(', ')}.
            </Typography>
          </div>
        </Stack>
      </Paper>
    </>
  );
}
