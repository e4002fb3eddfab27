import {
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { ROLE_LABELS, ROLES, isRole } from '../../../lib/roles.ts';
import {
  DATASET_PERMISSIONS,
  DATASET_PERMISSION_LABELS,
  isDatasetPermission,
} from '../api/dataset-permissions.ts';
import type { OperatorDefaults, Plugin, PluginOperator } from '../api/queries.ts';
import { useUpdateOperator } from '../api/use-plugin-mutations.ts';

/**
 * A plugin's operators: enabled, and the minimum role and dataset permission to run each. An
 * operator without its own minimum inherits the organization's default, shown as what applies.
 * The API cannot clear an operator's own minimum, so "default" is offered only until one is set.
 */
export function OperatorsTable({
  plugin,
  editable,
  defaults,
}: {
  plugin: Plugin;
  editable: boolean;
  /** The organization's defaults; undefined when the viewer cannot read them. */
  defaults: OperatorDefaults | undefined;
}) {
  const update = useUpdateOperator();
  const pendingFor = update.isPending ? update.variables.operator : null;
  return (
    <Table size="small" aria-label={`Operators of ${plugin.name}`}>
      <TableHead>
        <TableRow>
          <TableCell>Operator</TableCell>
          <TableCell>Enabled</TableCell>
          <TableCell>Minimum role</TableCell>
          <TableCell>Minimum dataset permission</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {plugin.operators.map((op) => (
          <OperatorRow
            key={op.name}
            op={op}
            editable={editable}
            busy={pendingFor === op.name}
            defaults={defaults}
            onChange={(change) =>
              update.mutate({ plugin: plugin.name, operator: op.name, ...change })
            }
          />
        ))}
      </TableBody>
    </Table>
  );
}

function roleDefaultLabel(defaults: OperatorDefaults | undefined): string {
  return defaults
    ? `${ROLE_LABELS[defaults.defaultOperatorMinimumRole]} (organization default)`
    : 'Organization default';
}

function permissionDefaultLabel(defaults: OperatorDefaults | undefined): string {
  return defaults
    ? `${DATASET_PERMISSION_LABELS[defaults.defaultOperatorMinimumDatasetPermission]} (organization default)`
    : 'Organization default';
}

function OperatorRow({
  op,
  editable,
  busy,
  defaults,
  onChange,
}: {
  op: PluginOperator;
  editable: boolean;
  busy: boolean;
  defaults: OperatorDefaults | undefined;
  onChange: (change: {
    enabled?: boolean;
    minimumRole?: (typeof ROLES)[number];
    minimumDatasetPermission?: (typeof DATASET_PERMISSIONS)[number];
  }) => void;
}) {
  const role = op.permission?.minimumRole ?? null;
  const datasetPermission = op.permission?.minimumDatasetPermission ?? null;
  return (
    <TableRow>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {op.name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {op.uri}
        </Typography>
      </TableCell>
      <TableCell>
        {editable ? (
          <Switch
            checked={op.enabled}
            disabled={busy}
            onChange={(event) => onChange({ enabled: event.target.checked })}
            slotProps={{ input: { 'aria-label': `${op.name} enabled` } }}
          />
        ) : op.enabled ? (
          'Yes'
        ) : (
          'No'
        )}
      </TableCell>
      <TableCell>
        {editable ? (
          <TextField
            select
            size="small"
            value={role ?? ''}
            disabled={busy}
            onChange={(event) => {
              if (isRole(event.target.value)) onChange({ minimumRole: event.target.value });
            }}
            slotProps={{
              select: { native: true },
              htmlInput: { 'aria-label': `Minimum role for ${op.name}` },
            }}
          >
            {role === null && <option value="">{roleDefaultLabel(defaults)}</option>}
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </TextField>
        ) : role ? (
          ROLE_LABELS[role]
        ) : (
          roleDefaultLabel(defaults)
        )}
      </TableCell>
      <TableCell>
        {editable ? (
          <TextField
            select
            size="small"
            value={datasetPermission ?? ''}
            disabled={busy}
            onChange={(event) => {
              if (isDatasetPermission(event.target.value)) {
                onChange({ minimumDatasetPermission: event.target.value });
              }
            }}
            slotProps={{
              select: { native: true },
              htmlInput: { 'aria-label': `Minimum dataset permission for ${op.name}` },
            }}
          >
            {datasetPermission === null && (
              <option value="">{permissionDefaultLabel(defaults)}</option>
            )}
            {DATASET_PERMISSIONS.map((p) => (
              <option key={p} value={p}>
                {DATASET_PERMISSION_LABELS[p]}
              </option>
            ))}
          </TextField>
        ) : datasetPermission ? (
          DATASET_PERMISSION_LABELS[datasetPermission]
        ) : (
          permissionDefaultLabel(defaults)
        )}
      </TableCell>
    </TableRow>
  );
}
