import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Chip, Stack, Typography } from '@mui/material';

/** What the page found wrong with one credential, as words (never only a colour). */
export function CredentialFlags({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        None
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', py: 0.5 }}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          size="small"
          color="warning"
          variant="outlined"
          icon={<WarningAmberIcon aria-hidden />}
          label={flag}
        />
      ))}
    </Stack>
  );
}
