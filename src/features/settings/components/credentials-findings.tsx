import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { List, ListItem, ListItemIcon, ListItemText, Paper, Typography } from '@mui/material';

/** One thing the page checked: how many it found, or why it could not tell. */
export interface Finding {
  id: string;
  /** null: the API cannot say (the text explains why). */
  count: number | null;
  text: string;
}

const ICONS = {
  found: <WarningAmberIcon color="warning" aria-hidden />,
  clear: <CheckCircleOutlineIcon color="success" aria-hidden />,
  unknown: <HelpOutlineIcon color="disabled" aria-hidden />,
};

/** The page's highlights at a glance, each in words. */
export function CredentialsFindings({
  findings,
  partial,
}: {
  findings: readonly Finding[];
  /** Still reading the organization's people: the key counts are so far. */
  partial: string | null;
}) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="credential-findings"
      sx={{ p: 2 }}
    >
      <Typography variant="h6" component="h3" id="credential-findings">
        Findings
      </Typography>
      {partial && (
        <Typography variant="body2" color="text.secondary">
          {partial}
        </Typography>
      )}
      <List dense aria-label="Findings">
        {findings.map((finding) => {
          const kind = finding.count === null ? 'unknown' : finding.count > 0 ? 'found' : 'clear';
          return (
            <ListItem key={finding.id} disableGutters>
              <ListItemIcon sx={{ minWidth: 36 }}>{ICONS[kind]}</ListItemIcon>
              <ListItemText primary={finding.text} />
            </ListItem>
          );
        })}
      </List>
    </Paper>
  );
}
