import { Alert, AlertTitle } from '@mui/material';
import { describeBuckets } from '../api/buckets.ts';
import { overlappingSets } from '../api/overlap.ts';
import { BUCKET_WORD, PROVIDER_SHORT, type Provider } from '../api/providers.ts';
import type { CloudCredential } from '../api/queries.ts';

/**
 * Names each stored set of the provider whose buckets overlap the ones chosen: saving is allowed
 * (the API accepts it), but which credentials read the shared media is then unclear.
 */
export function OverlapWarning({
  stored,
  provider,
  buckets,
}: {
  stored: readonly CloudCredential[] | undefined;
  provider: Provider;
  buckets: readonly string[];
}) {
  const overlaps = overlappingSets(stored ?? [], provider, buckets);
  if (overlaps.length === 0) return null;
  const word = BUCKET_WORD[provider];
  return (
    <Alert severity="warning" role="status">
      <AlertTitle>
        {overlaps.length === 1
          ? `These ${word}s overlap other ${PROVIDER_SHORT[provider]} credentials`
          : `These ${word}s overlap ${overlaps.length} other sets of ${PROVIDER_SHORT[provider]} credentials`}
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
        {overlaps.map(({ set, shared }) => (
          <li key={set.prefixes.join('\n')}>
            The {PROVIDER_SHORT[provider]} credentials for {describeBuckets(provider, set.prefixes)}
            {set.description ? ` (“${set.description}”)` : ''} also cover {shared.join(', ')}.
          </li>
        ))}
      </ul>
      Media in both may be read with either set. Name different {word}s, or replace that set
      instead.
    </Alert>
  );
}
