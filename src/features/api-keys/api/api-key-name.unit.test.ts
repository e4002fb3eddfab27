import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiKeyNameSchema } from './api-keys.ts';

describe('API key name schema', () => {
  it('accepts every name of 1 to 100 characters once trimmed', () => {
    const name = fc.string({ minLength: 1, maxLength: 100 }).filter((n) => n.trim() !== '');
    fc.assert(
      fc.property(name, (value) => {
        expect(apiKeyNameSchema.safeParse({ name: value })).toEqual({
          success: true,
          data: { name: value.trim() },
        });
      }),
    );
  });

  it('refuses a blank or overlong name with a message', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^\s*$/),
          fc.string({ minLength: 101, maxLength: 200 }).filter((n) => n.trim().length > 100),
        ),
        (value) => {
          const result = apiKeyNameSchema.safeParse({ name: value });
          expect(result.success).toBe(false);
          expect(result.error?.issues[0]?.message).toMatch(
            /Give the key a name|Keep it to 100 characters or fewer/,
          );
        },
      ),
    );
  });
});
