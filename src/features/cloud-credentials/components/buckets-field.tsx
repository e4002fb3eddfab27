import CancelIcon from '@mui/icons-material/Cancel';
import { Box, Button, Stack, TextField } from '@mui/material';
import { useId, useState } from 'react';
import { parseBucket } from '../api/buckets.ts';
import { BUCKET_WORD, PROVIDER_SHORT, type Provider } from '../api/providers.ts';
import { TextChip } from '../../../components/text-chip.tsx';

/**
 * Buckets as chips. What is typed (a name, `s3://bucket/path`, `gs://bucket`, an Azure blob URL,
 * a pattern with `*` or `?`) is checked and kept as typed; Enter, a comma or a space adds it.
 * None: the provider's default.
 */
export function BucketsField({
  provider,
  value,
  onChange,
  pending,
  onPendingChange,
  error,
  onError,
  disabled,
}: {
  provider: Provider;
  value: string[];
  onChange: (buckets: string[]) => void;
  /** What is typed but not added yet (the dialog adds it on save). */
  pending: string;
  onPendingChange: (text: string) => void;
  error: string | null;
  onError: (error: string | null) => void;
  disabled?: boolean;
}) {
  const listId = useId();
  const [announcement, setAnnouncement] = useState('');
  const word = BUCKET_WORD[provider];

  const add = (): boolean => {
    const parts = pending.split(/[\s,]+/).filter(Boolean);
    if (parts.length === 0) return true;
    const next = [...value];
    for (const [index, part] of parts.entries()) {
      const parsed = parseBucket(provider, part);
      if (!parsed.ok) {
        onChange(next);
        onPendingChange(parts.slice(index).join(' '));
        onError(parsed.error);
        return false;
      }
      if (!next.includes(parsed.bucket)) next.push(parsed.bucket);
    }
    onChange(next);
    onPendingChange('');
    onError(null);
    setAnnouncement(`Added ${next.slice(value.length).join(', ') || 'nothing new'}`);
    return true;
  };

  return (
    <Box>
      {value.length > 0 && (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          component="ul"
          aria-label={`${PROVIDER_SHORT[provider]} ${word}s`}
          id={listId}
          sx={{ flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0, mb: 1.5 }}
        >
          {value.map((bucket) => (
            <li key={bucket} style={{ minWidth: 0, maxWidth: '100%' }}>
              <TextChip
                label={bucket}
                disabled={disabled}
                onDelete={() => {
                  onChange(value.filter((b) => b !== bucket));
                  setAnnouncement(`Removed ${bucket}`);
                }}
                deleteIcon={<CancelIcon titleAccess={`Remove ${bucket}`} />}
              />
            </li>
          ))}
        </Stack>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={`${word[0]?.toUpperCase() ?? ''}${word.slice(1)}s`}
          value={pending}
          disabled={disabled}
          onChange={(event) => {
            onPendingChange(event.target.value);
            if (error) onError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            } else if (event.key === 'Backspace' && pending === '' && value.length > 0) {
              const last = value[value.length - 1];
              onChange(value.slice(0, -1));
              if (last) setAnnouncement(`Removed ${last}`);
            }
          }}
          onBlur={() => {
            if (pending.trim()) add();
          }}
          error={Boolean(error)}
          helperText={
            error ??
            (value.length === 0
              ? `None: these become the default ${PROVIDER_SHORT[provider]} credentials, for every ${word} without credentials of its own.`
              : `Only media in these ${word}s is read with these credentials.`)
          }
          placeholder={
            provider === 'GCP'
              ? 'gs://my-bucket'
              : provider === 'AZURE'
                ? 'https://account.blob.core.windows.net/container'
                : 's3://my-bucket/path'
          }
          slotProps={{ htmlInput: { 'aria-describedby': value.length > 0 ? listId : undefined } }}
          fullWidth
        />
        <Button onClick={add} disabled={disabled || pending.trim() === ''} sx={{ mt: 1 }}>
          Add
        </Button>
      </Stack>
      <Box
        role="status"
        aria-live="polite"
        sx={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clipPath: 'inset(50%)',
        }}
      >
        {announcement}
      </Box>
    </Box>
  );
}

/** On save: adds what is still typed; false (with the field's error set) when it is invalid. */
export function flushPendingBucket(
  provider: Provider,
  value: string[],
  pending: string,
): { ok: true; buckets: string[] } | { ok: false; error: string } {
  const next = [...value];
  for (const part of pending.split(/[\s,]+/).filter(Boolean)) {
    const parsed = parseBucket(provider, part);
    if (!parsed.ok) return parsed;
    if (!next.includes(parsed.bucket)) next.push(parsed.bucket);
  }
  return { ok: true, buckets: next };
}
