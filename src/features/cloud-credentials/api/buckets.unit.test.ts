import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePrefixes } from '../../../../mocks/engine/rules/cloud-credentials.ts';
import { locationOf, parseBucket } from './buckets.ts';
import { PROVIDERS, type Provider } from './providers.ts';

// Property-based checks of the bucket chips: every path, URL or pattern of media in a bucket is
// kept as typed (trimmed), never cut, and points at its bucket; every name the provider would
// refuse gets a message.

const s3Bucket = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/);
const gcsBucket = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/);
const container = fc
  .stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,5}$/)
  .filter((name) => name.length >= 3);
const account = fc.stringMatching(/^[a-z0-9]{3,24}$/);
const path = fc
  .array(fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/), { maxLength: 4 })
  .map((segments) => segments.join('/'));

/** Checks `text` is kept as typed and points at `bucket`. */
function bucketOf(provider: Provider, text: string): string {
  const result = parseBucket(provider, text);
  if (!result.ok) throw new Error(result.error);
  expect(result.bucket).toBe(text.trim());
  return locationOf(provider, result.bucket).bucket;
}

describe('bucket chips', () => {
  it('keep every AWS name, s3:// path and S3 URL as typed, pointing at the bucket', () => {
    fc.assert(
      fc.property(
        s3Bucket,
        path,
        fc.stringMatching(/^[a-z]{2}-[a-z]+-\d$/),
        (bucket, p, region) => {
          for (const text of [
            bucket,
            ` ${bucket}/${p} `,
            `s3://${bucket}`,
            `s3://${bucket}/${p}`,
            `S3://${bucket}/${p}`,
            `https://${bucket}.s3.amazonaws.com/${p}`,
            `https://${bucket}.s3.${region}.amazonaws.com/${p}`,
            `https://s3.${region}.amazonaws.com/${bucket}/${p}`,
          ]) {
            expect(bucketOf('AWS', text)).toBe(bucket);
          }
          expect(normalisePrefixes([` s3://${bucket}/${p} `])).toEqual([`s3://${bucket}/${p}`]);
        },
      ),
    );
  });

  it('keep every gs:// path and Cloud Storage URL as typed, pointing at the bucket', () => {
    fc.assert(
      fc.property(gcsBucket, path, (bucket, p) => {
        for (const text of [
          bucket,
          `gs://${bucket}`,
          `gs://${bucket}/${p}`,
          `https://storage.googleapis.com/${bucket}/${p}`,
        ]) {
          expect(bucketOf('GCP', text)).toBe(bucket);
        }
      }),
    );
  });

  it('keep every Azure blob URL and MinIO URL as typed, pointing at the container or bucket', () => {
    fc.assert(
      fc.property(account, container, path, (acct, name, p) => {
        for (const text of [
          name,
          `https://${acct}.blob.core.windows.net/${name}`,
          `https://${acct}.blob.core.windows.net/${name}/${p}`,
          `az://${name}/${p}`,
        ]) {
          expect(bucketOf('AZURE', text)).toBe(name);
        }
      }),
    );
    fc.assert(
      fc.property(s3Bucket, path, (bucket, p) => {
        for (const text of [
          bucket,
          `s3://${bucket}/${p}`,
          `https://minio.example.com:9000/${bucket}/${p}`,
        ]) {
          expect(bucketOf('MINIO', text)).toBe(bucket);
        }
      }),
    );
  });

  it('name the provider a location belongs to when it is not this one', () => {
    fc.assert(
      fc.property(s3Bucket, container, (bucket, name) => {
        expect(parseBucket('AWS', `gs://${bucket}`)).toEqual({
          ok: false,
          error: 'That location is on GCP; these are AWS credentials',
        });
        expect(parseBucket('GCP', `s3://${bucket}/x`)).toEqual({
          ok: false,
          error: 'That location is on AWS; these are GCP credentials',
        });
        expect(parseBucket('AWS', `https://acct.blob.core.windows.net/${name}`)).toEqual({
          ok: false,
          error: 'That location is on Azure; these are AWS credentials',
        });
      }),
    );
  });

  it('refuse names the provider would refuse, saying what a name may hold', () => {
    const tooShort = fc.stringMatching(/^[a-z0-9]{1,2}$/);
    const tooLong = fc.stringMatching(/^[a-z0-9]{64,80}$/);
    const withUpper = fc
      .tuple(s3Bucket, fc.stringMatching(/^[A-Z]$/))
      .map(([bucket, upper]) => `${bucket}${upper}`);
    fc.assert(
      fc.property(
        fc.oneof(tooShort, tooLong, withUpper),
        fc.constantFrom(...PROVIDERS),
        (name, provider) => {
          const result = parseBucket(provider, name);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error).toMatch(/is not a valid .* name: use 3 to 63 /);
        },
      ),
    );
    expect(parseBucket('AWS', 'under_score')).toMatchObject({ ok: false });
    expect(parseBucket('AZURE', 'double--hyphen')).toMatchObject({ ok: false });
    expect(parseBucket('AWS', '   ')).toEqual({
      ok: false,
      error: 'Enter a bucket name or a path in it',
    });
  });

  it('keep patterns with * and ? as typed, and refuse other characters in them', () => {
    for (const text of ['acme-*', 's3://acme-??/images/*.jpg', '*', 'acme-raw-*/2024/']) {
      expect(parseBucket('AWS', text)).toEqual({ ok: true, bucket: text });
    }
    expect(parseBucket('GCP', 'gs://team_*')).toEqual({ ok: true, bucket: 'gs://team_*' });
    const refused = parseBucket('AWS', 'Acme-*');
    expect(refused.ok ? '' : refused.error).toMatch(
      /^“Acme-\*” is not a valid AWS bucket name: .* as wildcards$/,
    );
  });

  it('refuse spaces and paths over the limit, saying so', () => {
    expect(parseBucket('AWS', 'a\u00a0b')).toEqual({
      ok: false,
      error: 'A bucket path has no spaces',
    });
    const long = `s3://acme/${'p'.repeat(1100)}`;
    expect(parseBucket('AWS', long)).toEqual({
      ok: false,
      error: 'Keep a bucket path to 1024 characters or fewer',
    });
    expect(() => normalisePrefixes([long])).toThrow(/prefixes has at most 1,024 characters/);
  });

  it('answer anything typed with the text as typed or a message, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...PROVIDERS), (text, provider) => {
        const result = parseBucket(provider, text);
        if (result.ok) {
          expect(result.bucket).toBe(text.trim());
          expect(locationOf(provider, text).bucket).toMatch(/^[a-z0-9._*?-]{1,63}$/);
        } else expect(result.error).toMatch(/\S/);
      }),
    );
  });
});
