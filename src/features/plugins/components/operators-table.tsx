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
import { notify } from '../../../lib/notifications.ts';
import { ROLE_LABELS, ROLES, isRole, type Role } from '../../../lib/roles.ts';
import {
  DATASET_PERMISSIONS,
  DATASET_PERMISSION_LABELS,
  beyondRoleCap,
  isDatasetPermission,
  type DatasetPermission,
} from '../api/dataset-permissions.ts';
import type { OperatorDefaults, Plugin, PluginOperator } from '../api/queries.ts';
import { useUpdateOperator, type OperatorChange } from '../api/use-plugin-mutations.ts';

/**
 * A plugin's operators: enabled, and the minimum role and dataset permission to run each. An
 * operator without its own minimum inherits the organization's default, shown as what applies.
 * The API cannot clear an operator's own minimum (null means "unchanged", fiftyone-api.md §14),
 * so once one is set, "organization default" stays in the list, disabled, saying so. A minimum
 * that no one with the minimum role could ever meet (a Guest with "Can manage") is disabled
 * too, with the role's cap as the reason. Each change that lands says so in a toast.
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
              update.mutate(
                { plugin: plugin.name, operator: op.name, ...change },
                { onSuccess: () => notify(changedMessage(op.name, change)) },
              )
            }
          />
        ))}
      </TableBody>
    </Table>
  );
}

type Change = Pick<OperatorChange, 'enabled' | 'minimumRole' | 'minimumDatasetPermission'>;

/** "find_duplicates: minimum role set to Collaborator." */
function changedMessage(operator: string, change: Change): string {
  if (change.minimumRole) {
    return `${operator}: minimum role set to ${ROLE_LABELS[change.minimumRole]}.`;
  }
  if (change.minimumDatasetPermission) {
    return `${operator}: minimum dataset permission set to ${DATASET_PERMISSION_LABELS[change.minimumDatasetPermission]}.`;
  }
  return `${operator} ${change.enabled ? 'enabled' : 'disabled'}.`;
}

/** Shown, disabled, once an operator has its own minimum: the API cannot go back. */
const NO_WAY_BACK = 'cannot be restored: the API keeps an operator’s own setting';

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
  onChange: (change: Change) => void;
}) {
  const role = op.permission?.minimumRole ?? null;
  const datasetPermission = op.permission?.minimumDatasetPermission ?? null;
  // What applies: its own minimum, else the organization's (unknown to non-admins).
  const appliedRole: Role | null = role ?? defaults?.defaultOperatorMinimumRole ?? null;
  const appliedPermission: DatasetPermission | null =
    datasetPermission ?? defaults?.defaultOperatorMinimumDatasetPermission ?? null;
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
            <option value="" disabled={role !== null}>
              {role === null
                ? roleDefaultLabel(defaults)
                : `${roleDefaultLabel(defaults)}: ${NO_WAY_BACK}`}
            </option>
            {ROLES.map((r) => {
              const why =
                r !== role && appliedPermission ? beyondRoleCap(r, appliedPermission) : null;
              return (
                <option key={r} value={r} disabled={why !== null}>
                  {why ? `${ROLE_LABELS[r]} (${why})` : ROLE_LABELS[r]}
                </option>
              );
            })}
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
            <option value="" disabled={datasetPermission !== null}>
              {datasetPermission === null
                ? permissionDefaultLabel(defaults)
                : `${permissionDefaultLabel(defaults)}: ${NO_WAY_BACK}`}
            </option>
            {DATASET_PERMISSIONS.map((p) => {
              const why =
                p !== datasetPermission && appliedRole ? beyondRoleCap(appliedRole, p) : null;
              return (
                <option key={p} value={p} disabled={why !== null}>
                  {why ? `${DATASET_PERMISSION_LABELS[p]} (${why})` : DATASET_PERMISSION_LABELS[p]}
                </option>
              );
            })}
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
