import { LIMITS } from '../../../lib/limits.ts';
import { BUCKET_WORD, PROVIDER_SHORT, type Provider } from './providers.ts';

// Buckets as chips. What the credentials apply to is kept exactly as it was typed (trimmed), as
// the official app does: a bucket name, a path in it (`bucket/prefix`, `s3://bucket/prefix`,
// `gs://bucket`, `https://account.blob.core.windows.net/container/...`, the providers' https
// forms) or a pattern with `*` and `?`. Anything that cannot be one is refused with the reason.

export type BucketParse = { ok: true; bucket: string } | { ok: false; error: string };

/** Where an entry points: the bucket (maybe a pattern) and the path in it ('' for all of it). */
export interface BucketLocation {
  bucket: string;
  path: string;
}

type Located = { ok: true; location: BucketLocation } | { ok: false; error: string };

interface NameRule {
  pattern: RegExp;
  /** The characters a name may hold, for a name with wildcards. */
  chars: RegExp;
  rule: string;
}

const S3_RULE: NameRule = {
  pattern: /^(?=.{3,63}$)(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/,
  chars: /^[a-z0-9.*?-]{1,63}$/,
  rule: '3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit',
};

const NAME_RULES: Record<Provider, NameRule> = {
  AWS: S3_RULE,
  MINIO: S3_RULE,
  GCP: {
    pattern: /^(?=.{3,63}$)(?!.*\.\.)[a-z0-9][a-z0-9._-]*[a-z0-9]$/,
    chars: /^[a-z0-9._*?-]{1,63}$/,
    rule: '3 to 63 lowercase letters, digits, dots, hyphens and underscores, starting and ending with a letter or digit',
  },
  AZURE: {
    pattern: /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/,
    chars: /^[a-z0-9*?-]{1,63}$/,
    rule: '3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit',
  },
};

/** Which provider a URL scheme or https host belongs to, for a helpful refusal. */
const SCHEME_PROVIDER: Record<string, Provider> = { s3: 'AWS', gs: 'GCP', gcs: 'GCP' };

// `?` is a wildcard here, not the start of a query string.
const URL_PATTERN = /^([a-z][a-z0-9+.-]*):\/\/([^/#]*)([^#]*)/i;

/** `/a/b/` → { bucket: 'a', path: 'b/' }. */
function splitPath(path: string): BucketLocation {
  const trimmed = path.replace(/^\/+/, '');
  const slash = trimmed.indexOf('/');
  return slash < 0
    ? { bucket: trimmed, path: '' }
    : { bucket: trimmed.slice(0, slash), path: trimmed.slice(slash + 1) };
}

/** The location of an https URL, and the provider its host belongs to (null: not known). */
function fromHttps(
  host: string,
  path: string,
): { provider: Provider; location: BucketLocation } | null {
  const lower = host.toLowerCase();
  if (/^[a-z0-9]+\.blob\.core\.windows\.net$/.test(lower)) {
    return { provider: 'AZURE', location: splitPath(path) };
  }
  if (lower === 'storage.googleapis.com' || lower === 'storage.cloud.google.com') {
    return { provider: 'GCP', location: splitPath(path) };
  }
  const virtualHosted = /^(.+)\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.exec(lower);
  if (virtualHosted?.[1]) {
    return {
      provider: 'AWS',
      location: { bucket: virtualHosted[1], path: path.replace(/^\/+/, '') },
    };
  }
  if (/^s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.test(lower)) {
    return { provider: 'AWS', location: splitPath(path) };
  }
  return null;
}

function wrongProvider(found: Provider, provider: Provider): { ok: false; error: string } {
  return {
    ok: false,
    error: `That location is on ${PROVIDER_SHORT[found]}; these are ${PROVIDER_SHORT[provider]} credentials`,
  };
}

/** Where what was typed points, or why it points nowhere this provider's credentials reach. */
function locate(provider: Provider, text: string): Located {
  const word = BUCKET_WORD[provider];
  const url = URL_PATTERN.exec(text);
  if (!url) return { ok: true, location: splitPath(text) };
  const scheme = (url[1] ?? '').toLowerCase();
  const host = url[2] ?? '';
  const path = url[3] ?? '';
  if (scheme === 'https' || scheme === 'http') {
    const known = fromHttps(host, path);
    if (known && known.provider !== provider) return wrongProvider(known.provider, provider);
    // MinIO serves path-style URLs from its own endpoint: https://minio.example.com/bucket.
    if (!known && provider !== 'MINIO') {
      return { ok: false, error: `Not a ${PROVIDER_SHORT[provider]} storage URL` };
    }
    return { ok: true, location: known ? known.location : splitPath(path) };
  }
  const owner = SCHEME_PROVIDER[scheme];
  const s3Compatible = scheme === 's3' && provider === 'MINIO';
  if (owner && owner !== provider && !s3Compatible) return wrongProvider(owner, provider);
  // Azure and MinIO media may use the credentials' alias as the scheme (alias://bucket).
  if (!owner && provider !== 'AZURE' && provider !== 'MINIO') {
    return {
      ok: false,
      error: `Use ${provider === 'GCP' ? 'gs' : 's3'}://${word} or just the ${word} name`,
    };
  }
  return { ok: true, location: { bucket: host, path: path.replace(/^\/+/, '') } };
}

const WILDCARD = /[*?]/;

/** Checks what was typed; answers it trimmed, as typed, or says what is wrong with it. */
export function parseBucket(provider: Provider, input: string): BucketParse {
  const text = input.trim();
  const word = BUCKET_WORD[provider];
  if (text === '') return { ok: false, error: `Enter a ${word} name or a path in it` };
  if (text.length > LIMITS.bucketPrefix) {
    return {
      ok: false,
      error: `Keep a ${word} path to ${LIMITS.bucketPrefix} characters or fewer`,
    };
  }
  if (/\s/.test(text)) return { ok: false, error: `A ${word} path has no spaces` };
  const located = locate(provider, text);
  if (!located.ok) return located;
  const { bucket } = located.location;
  if (bucket === '') return { ok: false, error: `The ${word} name is missing` };
  const rule = NAME_RULES[provider];
  const fits = WILDCARD.test(bucket) ? rule.chars.test(bucket) : rule.pattern.test(bucket);
  if (!fits) {
    return {
      ok: false,
      error: `“${bucket}” is not a valid ${PROVIDER_SHORT[provider]} ${word} name: use ${rule.rule}${
        WILDCARD.test(bucket) ? ', with * and ? as wildcards' : ''
      }`,
    };
  }
  return { ok: true, bucket: text };
}

/**
 * Where a stored entry points. Entries stored by other clients may not parse: they are taken as
 * a bucket name, so they still match themselves.
 */
export function locationOf(provider: Provider, entry: string): BucketLocation {
  const located = locate(provider, entry.trim());
  return located.ok ? located.location : { bucket: entry.trim(), path: '' };
}

/** "Default for AWS" or the bucket list. */
export function describeBuckets(provider: Provider, prefixes: readonly string[]): string {
  return prefixes.length === 0 ? `Default for ${PROVIDER_SHORT[provider]}` : prefixes.join(', ');
}
