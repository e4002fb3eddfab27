import {
  Link,
  Paper,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { paths } from '../../../config/paths.ts';
import { datasetQueries } from '../../datasets/api/queries.ts';
import { permissionText } from '../../../lib/permissions.ts';
import { ClampedText } from '../../../components/clamped-text.tsx';

/** get_permissions_for_user_group(): the datasets the group can access, with its grant on each. */
export function GroupDatasetsPanel({ group }: { group: { id: string; name: string } }) {
  const datasets = useQuery(datasetQueries.forGroup(group.id));
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="group-datasets">
      <Typography variant="h6" component="h2" id="group-datasets">
        Datasets{datasets.data ? ` (${datasets.data.length})` : ''}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        Each member gets the group&apos;s grant, capped by their role (collaborators Can edit,
        guests Can view).
      </Typography>
      {datasets.isPending ? (
        <Skeleton
          variant="rounded"
          height={120}
          role="progressbar"
          aria-label="Loading the group's datasets"
        />
      ) : datasets.isError ? (
        <ErrorState
          what="Loading the group's datasets"
          error={datasets.error}
          onRetry={() => datasets.refetch()}
        />
      ) : datasets.data.length === 0 ? (
        <Typography color="text.secondary">
          No dataset access. Grant it from a dataset&apos;s access page.
        </Typography>
      ) : (
        <Table size="small" aria-label={`Datasets ${group.name} can access`}>
          <TableHead>
            <TableRow>
              <TableCell>Dataset</TableCell>
              <TableCell>Group grant</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {datasets.data.map((dataset) => (
              <TableRow key={dataset.id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={paths.datasets.access(dataset.name)}>
                    <ClampedText lines={2} maxWidth="24rem" title={dataset.name}>
                      {dataset.name}
                    </ClampedText>
                  </Link>
                </TableCell>
                <TableCell>{permissionText(dataset.permission)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
