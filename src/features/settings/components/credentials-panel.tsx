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
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { roleText } from '../../../lib/roles.ts';
import { missingSecrets, usedBy } from '../../secrets/api/usage.ts';
import {
  cloudOverlaps,
  olderThan,
  restrictedRole,
  unusedSecrets,
} from '../api/credentials-highlights.ts';
import {
  credentialsSearch,
  KEY_AGES,
  keyAgeLabel,
  parseCredentialsParams,
  type CredentialsParams,
} from '../api/credentials-params.ts';
import { CredentialsCloudTable, cloudSetName, type CloudRow } from './credentials-cloud-table.tsx';
import { useCredentialsData } from './credentials-data.ts';
import { CredentialsFindings, type Finding } from './credentials-findings.tsx';
import { CredentialsKeysTable, type KeyRow } from './credentials-keys-table.tsx';
import { CredentialsMissingSecrets } from './credentials-missing-secrets.tsx';
import { CredentialsSecretsTable, type SecretRow } from './credentials-secrets-table.tsx';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** Settings › Credentials: every long-lived credential in the organization, and what to fix. */
export function CredentialsPanel() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseCredentialsParams(searchParams);
  const update = (next: Partial<CredentialsParams>) =>
    setSearchParams(credentialsSearch({ ...params, ...next }), { replace: true });
  // One moment for every age on the page, so a key does not change sides between renders.
  const [now] = useState(() => Date.now());
  const data = useCredentialsData();
  const { inventory, secrets, usage, progress } = data;
  const ageLabel = keyAgeLabel(params.age);

  const keyRows = useMemo<KeyRow[]>(
    () =>
      data.keys.map((key) => {
        const stale = olderThan(key.createdAt, params.age, now);
        const flags: string[] = [];
        if (stale) flags.push(`Older than ${ageLabel}`);
        if (restrictedRole(key.owner.role)) {
          flags.push(`Owner is a ${roleText(key.owner.role).toLowerCase()}`);
        }
        return { ...key, stale, flags };
      }),
    [data.keys, params.age, ageLabel, now],
  );
  const staleCount = keyRows.filter((row) => row.stale).length;
  const restrictedCount = keyRows.filter((row) => restrictedRole(row.owner.role)).length;

  const secretList = secrets.data?.secrets;
  const unused = useMemo(
    () =>
      new Set(
        usage.data && secretList ? unusedSecrets(secretList, usage.data).map((s) => s.key) : [],
      ),
    [usage.data, secretList],
  );
  const secretRows: SecretRow[] = (secretList ?? []).map((secret) => ({
    ...secret,
    usedBy: usage.data ? usedBy(usage.data, secret.key) : usage.isPending ? 'loading' : null,
    flags: unused.has(secret.key) ? ['Unused'] : [],
  }));
  const missing = useMemo(
    () =>
      usage.data && secretList
        ? missingSecrets(usage.data, new Set(secretList.map((s) => s.key)))
        : null,
    [usage.data, secretList],
  );

  const cloudRows = useMemo<CloudRow[]>(() => {
    const sets = data.cloud ?? [];
    const overlaps = cloudOverlaps(sets);
    return sets.map((set) => ({
      ...set,
      id: `${set.provider}:${[...set.prefixes].sort().join(',')}`,
      flags: (overlaps.get(set) ?? []).map((other) => `Overlaps ${cloudSetName(other)}`),
    }));
  }, [data.cloud]);
  const overlapCount = cloudRows.filter((row) => row.flags.length > 0).length;

  const usageUnknown = !usage.offered
    ? 'this server does not say which plugins and orchestrators use each secret'
    : usage.error
      ? 'the API would not say which plugins and orchestrators use each secret'
      : null;
  const findings: Finding[] = [
    {
      id: 'stale',
      count: staleCount,
      text:
        staleCount > 0
          ? `${plural(staleCount, 'API key is', 'API keys are')} older than ${ageLabel}`
          : `No API key is older than ${ageLabel}`,
    },
    {
      id: 'restricted',
      count: restrictedCount,
      text:
        restrictedCount > 0
          ? `${plural(restrictedCount, 'API key belongs', 'API keys belong')} to collaborators or guests`
          : 'No collaborator or guest holds an API key',
    },
    usageUnknown || !missing
      ? {
          id: 'unused',
          count: null,
          text: usageUnknown
            ? `Unused secrets and missing declared secrets cannot be reported: ${usageUnknown}`
            : 'Checking which secrets are used…',
        }
      : {
          id: 'unused',
          count: unused.size,
          text:
            unused.size > 0
              ? `${plural(unused.size, 'secret is', 'secrets are')} used by no plugin or orchestrator`
              : 'Every secret is used by a plugin or an orchestrator',
        },
    ...(missing && !usageUnknown
      ? [
          {
            id: 'missing',
            count: missing.length,
            text:
              missing.length > 0
                ? `${plural(missing.length, 'plugin declares', 'plugins declare')} secrets that do not exist`
                : 'Every secret a plugin declares exists',
          },
        ]
      : []),
    {
      id: 'overlap',
      count: overlapCount,
      text:
        overlapCount > 0
          ? `${plural(overlapCount, 'set of cloud credentials overlaps', 'sets of cloud credentials overlap')} another set`
          : 'No cloud credentials overlap',
    },
  ];

  if (inventory.isPending) {
    return (
      <Skeleton
        variant="rounded"
        height={320}
        role="progressbar"
        aria-label="Loading credentials"
      />
    );
  }
  if (inventory.isError && !inventory.data) {
    return (
      <ErrorState
        what="Loading API keys and cloud credentials"
        error={inventory.error}
        onRetry={() => inventory.refetch()}
      />
    );
  }
  const partial = progress.done
    ? null
    : `Still reading people: ${progress.read.toLocaleString()} of ${progress.of.toLocaleString()} so far; the key counts will grow.`;
  const shownKeys = params.flagged ? keyRows.filter((row) => row.flags.length > 0) : keyRows;

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

      <Paper
        variant="outlined"
        component="section"
        aria-labelledby="credentials-keys"
        sx={{ p: 2 }}
      >
        <Typography variant="h6" component="h3" id="credentials-keys" gutterBottom>
          API keys
        </Typography>
        <CredentialsKeysTable
          rows={shownKeys}
          loading={inventory.isFetching}
          params={params}
          onChange={update}
        />
      </Paper>

      <Paper
        variant="outlined"
        component="section"
        aria-labelledby="credentials-secrets"
        sx={{ p: 2 }}
      >
        <Typography variant="h6" component="h3" id="credentials-secrets">
          Secrets
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          The API records when each secret was created, not when its value was last replaced.
        </Typography>
        {usageUnknown && (
          <Alert severity="info" sx={{ mb: 2 }}>
            Which secrets are unused, and which secrets plugins declare that do not exist, cannot be
            reported: {usageUnknown}.
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
          <CredentialsSecretsTable rows={secretRows} />
        )}
        {missing && <CredentialsMissingSecrets missing={missing} />}
      </Paper>

      <Paper
        variant="outlined"
        component="section"
        aria-labelledby="credentials-cloud"
        sx={{ p: 2 }}
      >
        <Typography variant="h6" component="h3" id="credentials-cloud" gutterBottom>
          Cloud credentials
        </Typography>
        <CredentialsCloudTable rows={cloudRows} />
      </Paper>
    </Stack>
  );
}
