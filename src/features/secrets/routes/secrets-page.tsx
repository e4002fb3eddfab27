import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Paper, Skeleton } from '@mui/material';
import { useMemo, useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { SearchField } from '../../../components/list-fields.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useServerFeatures } from '../../session/api/server-features.ts';
import { parseSecretListParams, secretListSearch } from '../api/list-params.ts';
import type { Secret } from '../api/queries.ts';
import { missingSecrets, usedBy, type UsedBy } from '../api/usage.ts';
import { useSecretsWithUsage } from '../api/use-secrets-with-usage.ts';
import { AdminOnly } from '../components/admin-only.tsx';
import { MissingSecrets } from '../components/missing-secrets.tsx';
import { SecretsTable, type SecretRow } from '../components/secrets-table.tsx';
import { useDeleteSecretConfirm } from '../components/use-delete-secret.tsx';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

// The dialogs' forms (react-hook-form, zod) load when one opens: the list's first view does
// without them.
const AddSecretDialog = lazyComponent(() =>
  import('../components/add-secret-dialog.tsx').then((module) => module.AddSecretDialog),
);
const DescribeSecretDialog = lazyComponent(() =>
  import('../components/update-secret-dialog.tsx').then((module) => module.DescribeSecretDialog),
);
const RotateSecretDialog = lazyComponent(() =>
  import('../components/update-secret-dialog.tsx').then((module) => module.RotateSecretDialog),
);

export function Component() {
  return (
    <AdminOnly>
      <SecretsArea />
    </AdminOnly>
  );
}

type OpenDialog =
  | { kind: 'add'; key: string; declaredBy: string[] }
  | { kind: 'rotate'; secret: Secret; usedBy: UsedBy | null }
  | { kind: 'describe'; secret: Secret };

function matches(secret: Secret, q: string): boolean {
  const term = q.trim().toLowerCase();
  return (
    !term ||
    secret.key.toLowerCase().includes(term) ||
    (secret.description ?? '').toLowerCase().includes(term)
  );
}

function SecretsArea() {
  const [params, update] = useUrlParams(parseSecretListParams, secretListSearch);
  // Who uses each secret: the plugins area's list (with every manifest's secrets) and the
  // orchestrators' stored secret names.
  const { page: secrets, usage } = useSecretsWithUsage(params.sort, params.dir);
  const features = useServerFeatures();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const deleteSecret = useDeleteSecretConfirm();

  const existing = useMemo(() => new Set(secrets.data?.secrets.map((s) => s.key)), [secrets.data]);
  const usedByOf = (key: string): UsedBy | null => (usage.data ? usedBy(usage.data, key) : null);

  let body;
  if (secrets.isPending) {
    body = (
      <Skeleton variant="rounded" height={240} role="progressbar" aria-label="Loading secrets" />
    );
  } else if (secrets.isError && !secrets.data) {
    body = (
      <ErrorState what="Loading secrets" error={secrets.error} onRetry={() => secrets.refetch()} />
    );
  } else if (secrets.data.secrets.length === 0) {
    body = (
      <EmptyState title="No secrets yet">
        Plugins and orchestrators read API tokens and passwords from secrets. Add one with “Add
        secret”.
      </EmptyState>
    );
  } else {
    const rows: SecretRow[] = secrets.data.secrets
      .filter((secret) => matches(secret, params.q))
      .map((secret) => ({
        ...secret,
        usedBy: usage.isPending ? 'loading' : usedByOf(secret.key),
      }));
    body = (
      <>
        {secrets.isError && (
          <ErrorState
            what="Refreshing secrets"
            error={secrets.error}
            onRetry={() => secrets.refetch()}
          />
        )}
        <SecretsTable
          rows={rows}
          loading={secrets.isFetching}
          params={params}
          onChange={update}
          onRotate={
            features?.secretValueUpdate
              ? (row) => setDialog({ kind: 'rotate', secret: row, usedBy: usedByOf(row.key) })
              : undefined
          }
          onDescribe={(row) => setDialog({ kind: 'describe', secret: row })}
          onDelete={(row) => void deleteSecret(row, usedByOf(row.key))}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Secrets"
        subtitle="Values that plugins and orchestrators use, such as API tokens. They are write-only: once added, nobody can read a value back, only replace it."
        actions={
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            sx={{ whiteSpace: 'nowrap' }}
            onClick={() => setDialog({ kind: 'add', key: '', declaredBy: [] })}
          >
            Add secret
          </Button>
        }
      />
      {!usage.offered && (
        <Alert severity="info" sx={{ mb: 2 }}>
          This server does not say which plugins and orchestrators use each secret
          {features?.secretValueUpdate === false
            ? ', and cannot replace a stored value: to change one, delete the secret and add it again'
            : ''}
          .
        </Alert>
      )}
      {usage.error && (
        <Box sx={{ mb: 2 }}>
          <ErrorState
            what="Finding the plugins and orchestrators that use each secret"
            error={usage.error}
            onRetry={() => usage.refetch()}
          />
        </Box>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SearchField
          label="Search secrets"
          placeholder="Key or description"
          value={params.q}
          onChange={(q) => update({ q, page: 0 })}
          sx={{ mb: 2, minWidth: 320 }}
        />
        {body}
      </Paper>
      {usage.data && secrets.isSuccess && (
        <MissingSecrets
          missing={missingSecrets(usage.data, existing)}
          onAdd={(key, declaredBy) => setDialog({ kind: 'add', key, declaredBy })}
        />
      )}
      {dialog?.kind === 'add' && (
        <AddSecretDialog
          existingKeys={existing}
          initialKey={dialog.key}
          declaredBy={dialog.declaredBy}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'rotate' && (
        <RotateSecretDialog
          secret={dialog.secret}
          usedBy={dialog.usedBy}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'describe' && (
        <DescribeSecretDialog secret={dialog.secret} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
