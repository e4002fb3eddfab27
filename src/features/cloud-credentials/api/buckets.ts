import { BUCKET_WORD, PROVIDER_SHORT, type Provider } from './providers.ts';

// Buckets as chips: a name, or a path or URL of media in it, reduces to the bucket (or Azure
// container) the credentials apply to. `s3://bucket/path`, `gs://bucket`,
// `https://account.blob.core.windows.net/container/...` and the providers' https forms.

export type BucketParse = { ok: true; bucket: string } | { ok: false; error: string };

interface NameRule {
  pattern: RegExp;
  rule: string;
}

const S3_RULE: NameRule = {
  pattern: /^(?=.{3,63}$)(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/,
  rule: '3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit',
};

const NAME_RULES: Record<Provider, NameRule> = {
  AWS: S3_RULE,
  MINIO: S3_RULE,
  GCP: {
    pattern: /^(?=.{3,63}$)(?!.*\.\.)[a-z0-9][a-z0-9._-]*[a-z0-9]$/,
    rule: '3 to 63 lowercase letters, digits, dots, hyphens and underscores, starting and ending with a letter or digit',
  },
  AZURE: {
    pattern: /^(?=.{3,63}$)[a-z0-9]+(?:-[a-z0-9]+)*$/,
    rule: '3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit',
  },
};

/** Which provider a URL scheme or https host belongs to, for a helpful refusal. */
const SCHEME_PROVIDER: Record<string, Provider> = { s3: 'AWS', gs: 'GCP', gcs: 'GCP' };

const URL_PATTERN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;

function firstSegment(path: string): string {
  return path.split('/').find((segment) => segment !== '') ?? '';
}

/** The bucket of an https URL, and the provider the host belongs to (null: not a known host). */
function fromHttps(host: string, path: string): { provider: Provider; bucket: string } | null {
  const lower = host.toLowerCase();
  if (/^[a-z0-9]+\.blob\.core\.windows\.net$/.test(lower)) {
    return { provider: 'AZURE', bucket: firstSegment(path) };
  }
  if (lower === 'storage.googleapis.com' || lower === 'storage.cloud.google.com') {
    return { provider: 'GCP', bucket: firstSegment(path) };
  }
  const virtualHosted = /^(.+)\.s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.exec(lower);
  if (virtualHosted?.[1]) return { provider: 'AWS', bucket: virtualHosted[1] };
  if (/^s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/.test(lower)) {
    return { provider: 'AWS', bucket: firstSegment(path) };
  }
  return null;
}

function wrongProvider(found: Provider, provider: Provider): BucketParse {
  return {
    ok: false,
    error: `That location is on ${PROVIDER_SHORT[found]}; these are ${PROVIDER_SHORT[provider]} credentials`,
  };
}

/** Reduces what was typed to the bucket name, or says what is wrong with it. */
export function parseBucket(provider: Provider, input: string): BucketParse {
  const text = input.trim();
  const word = BUCKET_WORD[provider];
  if (text === '') return { ok: false, error: `Enter a ${word} name or a path in it` };
  let bucket: string;
  const url = URL_PATTERN.exec(text);
  if (url) {
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
      bucket = known ? known.bucket : firstSegment(path);
    } else {
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
      bucket = host;
    }
  } else {
    bucket = firstSegment(text);
  }
  if (bucket === '') return { ok: false, error: `The ${word} name is missing` };
  const rule = NAME_RULES[provider];
  if (!rule.pattern.test(bucket)) {
    return {
      ok: false,
      error: `“${bucket}” is not a valid ${PROVIDER_SHORT[provider]} ${word} name: use ${rule.rule}`,
    };
  }
  return { ok: true, bucket };
}

/** "Default for AWS" or the bucket list. */
export function describeBuckets(provider: Provider, prefixes: readonly string[]): string {
  return prefixes.length === 0 ? `Default for ${PROVIDER_SHORT[provider]}` : prefixes.join(', ');
}
