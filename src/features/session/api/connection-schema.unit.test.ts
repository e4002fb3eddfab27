import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionSchema } from './connection-schema.ts';

describe('connection schema', () => {
  it('accepts any http(s) URL, or none (this site’s proxy), with any non-blank key', () => {
    const url = fc.webUrl({ validSchemes: ['http', 'https'] });
    const key = fc.string({ minLength: 1, maxLength: 60 }).filter((k) => k.trim() !== '');
    fc.assert(
      fc.property(fc.option(url, { nil: '' }), key, (apiUrl, apiKey) => {
        const result = connectionSchema.safeParse({ apiUrl, apiKey });
        expect(result.success).toBe(true);
        expect(result.data).toEqual({ apiUrl: apiUrl.trim(), apiKey: apiKey.trim() });
      }),
    );
  });

  it('refuses a URL without http(s) and a blank key, each with its message', () => {
    const notUrl = fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => s.trim() !== '' && !/^https?:\/\//i.test(s.trim()));
    fc.assert(
      fc.property(notUrl, fc.stringMatching(/^\s*$/), (apiUrl, apiKey) => {
        const result = connectionSchema.safeParse({ apiUrl, apiKey });
        const messageFor = (field: string) =>
          result.error?.issues.find((issue) => issue.path[0] === field)?.message;
        expect(messageFor('apiUrl')).toMatch(/starts with http:\/\/ or https:\/\//);
        expect(messageFor('apiKey')).toBe('Enter an API key');
      }),
    );
  });
});
