import AddIcon from '@mui/icons-material/Add';
import { Button, MenuItem, Paper, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { credentialListSearch, parseCredentialListParams } from '../api/list-params.ts';
import { isProvider, PROVIDER_LABELS, PROVIDERS } from '../api/providers.ts';
import { cloudCredentialQueries, type CloudCredential } from '../api/queries.ts';
import { AddCredentialsDialog, type ReplaceTarget } from './add-credentials-dialog.tsx';
import { CredentialsTable, rowId } from './credentials-table.tsx';
import { useDeleteCredentials } from './use-delete-credentials.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

function matches(credential: CloudCredential, q: string): boolean {
  const term = q.trim().toLowerCase();
  if (!term) return true;
  return [
    credential.provider,
    PROVIDER_LABELS[credential.provider],
    credential.description ?? '',
    ...credential.prefixes,
  ].some((text) => text.toLowerCase().includes(term));
}

/** Settings › Cloud credentials: list, add, replace and delete them (admins). */
export function CloudCredentialsPanel() {
  const credentials = useQuery(cloudCredentialQueries.list());
  const [params, update] = useUrlParams(parseCredentialListParams, credentialListSearch);
  const [dialog, setDialog] = useState<{ replace: ReplaceTarget | null } | null>(null);
  const deleteCredentials = useDeleteCredentials();

  const header = (
    <Stack direction="row" sx={{ mb: 2, alignItems: 'center' }}>
      <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
        Cloud credentials
      </Typography>
      <Button
        variant="contained"
        startIcon={<AddIcon />}
        onClick={() => setDialog({ replace: null })}
      >
        Add credentials
      </Button>
    </Stack>
  );

  let body;
  if (credentials.isPending) {
    body = (
      <Skeleton
        variant="rounded"
        height={200}
        role="progressbar"
        aria-label="Loading cloud credentials"
      />
    );
  } else if (credentials.isError) {
    body = (
      <ErrorState
        what="Loading cloud credentials"
        error={credentials.error}
        onRetry={() => credentials.refetch()}
      />
    );
  } else if (credentials.data.length === 0) {
    body = (
      <EmptyState title="No cloud credentials">
        The app reads only public media. Add credentials so that everyone can see media in your
        private AWS, GCP, Azure or MinIO buckets.
      </EmptyState>
    );
  } else {
    const rows = credentials.data
      .filter((c) => (!params.provider || c.provider === params.provider) && matches(c, params.q))
      .map((c) => ({ ...c, id: rowId(c) }));
    body = (
      <>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
          <TextField
            label="Search credentials"
            placeholder="Bucket or description"
            type="search"
            size="small"
            value={params.q}
            onChange={(event) => update({ q: event.target.value, page: 0 })}
            sx={{ flex: 1 }}
          />
          <TextField
            select
            label="Provider"
            size="small"
            value={params.provider ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              update({ provider: isProvider(value) ? value : null, page: 0 });
            }}
            sx={{ minWidth: 220 }}
          >
            <MenuItem value="">All providers</MenuItem>
            {PROVIDERS.map((provider) => (
              <MenuItem key={provider} value={provider}>
                {PROVIDER_LABELS[provider]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <CredentialsTable
          rows={rows}
          params={params}
          onChange={update}
          onReplace={(row) =>
            setDialog({
              replace: {
                provider: row.provider,
                prefixes: row.prefixes,
                description: row.description,
              },
            })
          }
          onDelete={(row) => void deleteCredentials(row)}
        />
      </>
    );
  }

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Cloud credentials">
      {header}
      <Typography color="text.secondary" variant="body2" sx={{ mb: 2 }}>
        Credentials the app uses to read media in cloud storage, for every user. Credentials for
        specific buckets win over the provider&rsquo;s default. They are write-only: nobody can read
        them back, only replace or delete them.
      </Typography>
      {body}
      {dialog && <AddCredentialsDialog replace={dialog.replace} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
