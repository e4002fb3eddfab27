import {
  Alert,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Paper,
  Skeleton,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { restrictedRole } from '../api/credentials-highlights.ts';
import {
  credentialsSearch,
  KEY_AGES,
  keyAgeLabel,
  parseCredentialsParams,
} from '../api/credentials-params.ts';
import { CredentialsCloudTable } from './credentials-cloud-table.tsx';
import { useCredentialsData } from './credentials-data.ts';
import { CredentialsFindings, findingsOf } from './credentials-findings.tsx';
import { CredentialsKeysTable } from './credentials-keys-table.tsx';
import { NO_LAST_UPDATED } from '../../secrets/components/secrets-table.tsx';
import { CredentialsMissingSecrets } from './credentials-missing-secrets.tsx';
import { useCredentialRows } from './credentials-rows.ts';
import { CredentialsSecretsTable } from './credentials-secrets-table.tsx';
import { useUrlParams } from '../../../lib/use-url-params.ts';

/** Settings › Credentials: every long-lived credential in the organization, and what to fix. */
export function CredentialsPanel() {
  const [params, update] = useUrlParams(parseCredentialsParams, credentialsSearch);
  const data = useCredentialsData();
  const { inventory, secrets, usage, progress } = data;
  const ageLabel = keyAgeLabel(params.age);
  const rows = useCredentialRows(data, { days: params.age, label: ageLabel });

  const usageUnknown = !usage.offered
    ? 'this server does not say which plugins and orchestrators use each secret'
    : usage.error
      ? 'the API would not say which plugins and orchestrators use each secret'
      : null;

  let body: ReactNode;
  if (inventory.isPending) {
    body = (
      <Skeleton
        variant="rounded"
        height={320}
        role="progressbar"
        aria-label="Loading credentials"
      />
    );
  } else if (inventory.isError && !inventory.data) {
    body = (
      <ErrorState
        what="Loading API keys and cloud credentials"
        error={inventory.error}
        onRetry={() => inventory.refetch()}
      />
    );
  } else {
    const findings = findingsOf({
      ageLabel,
      stale: rows.keys.filter((row) => row.stale).length,
      restricted: rows.keys.filter((row) => restrictedRole(row.owner.role)).length,
      unused: rows.unused?.size ?? null,
      missing: rows.missing?.length ?? null,
      usageUnknown,
      overlapping: rows.cloud.filter((row) => row.flags.length > 0).length,
    });
    const partial = progress.done
      ? null
      : `Still reading people: ${progress.read.toLocaleString()} of ${progress.of.toLocaleString()} so far; the key counts will grow.`;
    body = (
      <>
        {!progress.done && (
          <LinearProgress
            variant="determinate"
            value={progress.of > 0 ? (100 * progress.read) / progress.of : 0}
            aria-label={`Reading people: ${progress.read} of ${progress.of}`}
          />
        )}
        {inventory.isError && (
          <ErrorState
            what="Reading the rest of the organization's API keys"
            error={inventory.error}
            onRetry={() => inventory.fetchNextPage()}
          />
        )}
        <CredentialsFindings findings={findings} partial={partial} />
        <Section id="credentials-keys" title="API keys">
          <CredentialsKeysTable
            rows={params.flagged ? rows.keys.filter((row) => row.flags.length > 0) : rows.keys}
            loading={inventory.isFetching}
            params={params}
            onChange={update}
          />
        </Section>
        <Section id="credentials-secrets" title="Secrets" note={NO_LAST_UPDATED}>
          {usageUnknown && (
            <Alert severity="info" sx={{ mb: 2 }}>
              Which secrets are unused, and which secrets plugins declare that do not exist, cannot
              be reported: {usageUnknown}.
            </Alert>
          )}
          {usage.error && (
            <ErrorState
              what="Finding the plugins and orchestrators that use each secret"
              error={usage.error}
              onRetry={() => usage.refetch()}
            />
          )}
          {secrets.isPending ? (
            <Skeleton
              variant="rounded"
              height={160}
              role="progressbar"
              aria-label="Loading secrets"
            />
          ) : secrets.isError ? (
            <ErrorState
              what="Loading secrets"
              error={secrets.error}
              onRetry={() => secrets.refetch()}
            />
          ) : (
            <CredentialsSecretsTable rows={rows.secrets} />
          )}
          {rows.missing && <CredentialsMissingSecrets missing={rows.missing} />}
        </Section>
        <Section id="credentials-cloud" title="Cloud credentials">
          <CredentialsCloudTable rows={rows.cloud} />
        </Section>
      </>
    );
  }

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h6" component="h2">
          Credentials
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Every long-lived credential in the organization: API keys, secrets and cloud credentials,
          with what deserves a look. Values are never shown; each row links to where it is rotated
          or deleted.
        </Typography>
      </div>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField
          select
          size="small"
          label="Flag keys older than"
          value={params.age}
          onChange={(event) => update({ age: Number(event.target.value), page: 0 })}
          sx={{ minWidth: 200 }}
        >
          {KEY_AGES.map((age) => (
            <MenuItem key={age.days} value={age.days}>
              {age.label}
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={params.flagged}
              onChange={(event) => update({ flagged: event.target.checked, page: 0 })}
            />
          }
          label="Only flagged keys"
        />
      </Stack>
      {body}
    </Stack>
  );
}

/** One kind of credential, as a titled region of the page. */
function Section({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography variant="h6" component="h3" id={id} gutterBottom={!note}>
        {title}
      </Typography>
      {note && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {note}
        </Typography>
      )}
      {children}
    </Paper>
  );
}
