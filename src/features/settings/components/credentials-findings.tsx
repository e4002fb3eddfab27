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

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** What the page found, in words; `usageUnknown` says why the secrets' use cannot be told. */
export function findingsOf(found: {
  ageLabel: string;
  stale: number;
  restricted: number;
  /** null while the secrets' use is being found out, or when it cannot be. */
  unused: number | null;
  missing: number | null;
  usageUnknown: string | null;
  overlapping: number;
}): Finding[] {
  const { ageLabel, stale, restricted, unused, missing, usageUnknown, overlapping } = found;
  const secretFindings: Finding[] =
    usageUnknown || unused === null || missing === null
      ? [
          {
            id: 'unused',
            count: null,
            text: usageUnknown
              ? `Unused secrets and missing declared secrets cannot be reported: ${usageUnknown}`
              : 'Checking which secrets are used…',
          },
        ]
      : [
          {
            id: 'unused',
            count: unused,
            text:
              unused > 0
                ? `${plural(unused, 'secret is', 'secrets are')} used by no plugin or orchestrator`
                : 'Every secret is used by a plugin or an orchestrator',
          },
          {
            id: 'missing',
            count: missing,
            text:
              missing > 0
                ? `${plural(missing, 'plugin declares', 'plugins declare')} secrets that do not exist`
                : 'Every secret a plugin declares exists',
          },
        ];
  return [
    {
      id: 'stale',
      count: stale,
      text:
        stale > 0
          ? `${plural(stale, 'API key is', 'API keys are')} older than ${ageLabel}`
          : `No API key is older than ${ageLabel}`,
    },
    {
      id: 'restricted',
      count: restricted,
      text:
        restricted > 0
          ? `${plural(restricted, 'API key belongs', 'API keys belong')} to collaborators or guests`
          : 'No collaborator or guest holds an API key',
    },
    ...secretFindings,
    {
      id: 'overlap',
      count: overlapping,
      text:
        overlapping > 0
          ? `${plural(overlapping, 'set of cloud credentials overlaps', 'sets of cloud credentials overlap')} another set`
          : 'No cloud credentials overlap',
    },
  ];
}
