import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { datasetQueries } from '../../datasets/api/queries.ts';

const LABELS: Record<string, string> = {
  NO_ACCESS: 'No access',
  VIEW: 'Can view',
  TAG: 'Can tag',
  EDIT: 'Can edit',
  MANAGE: 'Can manage',
};
const SHOWN = 8;

/**
 * Before a role change is saved: the datasets where this person's access would change (a new
 * cap, the members' default gained or lost, an admin's MANAGE everywhere gained or lost).
 */
export function RoleImpactPreview({
  userId,
  name,
  from,
  to,
}: {
  userId: string;
  name: string;
  from: Role;
  to: Role;
}) {
  const impact = useQuery({ ...datasetQueries.roleImpact(userId, from, to), enabled: from !== to });
  if (from === to) return null;
  return (
    <section aria-label="Dataset access that changes">
      <Typography variant="subtitle2" component="h3">
        Dataset access that changes
      </Typography>
      {impact.isPending ? (
        <Typography color="text.secondary">Checking {name}&apos;s dataset access…</Typography>
      ) : impact.isError ? (
        <Typography color="error">
          Could not work out the effect on dataset access: {impact.error.message}
        </Typography>
      ) : impact.data.length === 0 ? (
        <Typography color="text.secondary">
          {name}&apos;s access to every dataset stays the same.
        </Typography>
      ) : (
        <>
          <Typography>
            {name}&apos;s access changes on {impact.data.length}{' '}
            {impact.data.length === 1 ? 'dataset' : 'datasets'}:
          </Typography>
          <List dense aria-label="Datasets whose access changes">
            {impact.data.slice(0, SHOWN).map((change) => (
              <ListItem key={change.dataset} disableGutters>
                <ListItemText
                  primary={change.dataset}
                  secondary={`${LABELS[change.before] ?? change.before} → ${LABELS[change.after] ?? change.after}`}
                />
              </ListItem>
            ))}
          </List>
          {impact.data.length > SHOWN && (
            <Typography color="text.secondary">…and {impact.data.length - SHOWN} more.</Typography>
          )}
        </>
      )}
    </section>
  );
}
