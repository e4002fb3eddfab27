import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requireSecretKey, requireSecretValue } from '../../../../mocks/engine/rules/secrets.ts';
import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import {
  SECRET_KEY_PATTERN,
  secretKeySchema,
  secretValueSchema,
  suggestKey,
} from './secret-schema.ts';

// Property-based checks of the secret key and value schemas: every valid input passes (and the
// mock API accepts it), every invalid one gets a message.

const segment = fc.stringMatching(/^[A-Z0-9]{1,8}$/);
const validKey = fc
  .tuple(fc.stringMatching(/^[A-Z][A-Z0-9]{0,10}$/), fc.array(segment, { maxLength: 8 }))
  .map(([first, rest]) => [first, ...rest].join('_'));

function messages(result: ReturnType<typeof secretKeySchema.safeParse>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('secret key schema', () => {
  it('accepts every UPPER_SNAKE_CASE key, with spaces around trimmed, and so does the API', () => {
    fc.assert(
      fc.property(validKey, fc.stringMatching(/^ {0,3}$/), (key, pad) => {
        const result = secretKeySchema.safeParse(`${pad}${key}${pad}`);
        expect(result).toEqual({ success: true, data: key });
        expect(requireSecretKey(key)).toBe(key);
      }),
    );
  });

  it('refuses every other key with a message', () => {
    const invalid = fc
      .string({ maxLength: 40 })
      .filter((text) => !SECRET_KEY_PATTERN.test(text.trim()));
    fc.assert(
      fc.property(invalid, (text) => {
        const found = messages(secretKeySchema.safeParse(text));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatch(/\S/);
      }),
    );
  });

  it('says what to change for each kind of mistake', () => {
    fc.assert(
      fc.property(validKey, fc.stringMatching(/^[a-z]$/), (key, lower) => {
        expect(messages(secretKeySchema.safeParse(`${key}${lower}`))[0]).toMatch(
          /^Use capital letters: /,
        );
      }),
    );
    fc.assert(
      fc.property(validKey, fc.constantFrom('0', '9', '_'), (key, first) => {
        expect(messages(secretKeySchema.safeParse(`${first}${key}`))[0]).toMatch(
          /^Start the key with a capital letter/,
        );
      }),
    );
    fc.assert(
      fc.property(validKey, fc.constantFrom('-', '.', '$', ' X', '/'), (key, bad) => {
        expect(messages(secretKeySchema.safeParse(`${key}${bad}A`))[0]).toMatch(
          /^Use only capital letters, digits and underscores/,
        );
      }),
    );
    fc.assert(
      fc.property(validKey, validKey, (a, b) => {
        expect(messages(secretKeySchema.safeParse(`${a}__${b}`))[0]).toMatch(
          /^Separate words with single underscores/,
        );
        expect(messages(secretKeySchema.safeParse(`${a}_`))[0]).toMatch(/^Separate words/);
      }),
    );
    expect(messages(secretKeySchema.safeParse(''))).toEqual(['Enter a key, e.g. MY_API_KEY']);
    expect(messages(secretKeySchema.safeParse('K'.repeat(129)))).toEqual([tooLongMessage(128)]);
    expect(() => requireSecretKey('K'.repeat(129))).toThrow(/key has at most 128 characters/);
  });

  it('only ever suggests a key that passes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const suggestion = suggestKey(text);
        if (suggestion !== null) expect(secretKeySchema.safeParse(suggestion).success).toBe(true);
      }),
    );
    expect(suggestKey('my api-key')).toBe('MY_API_KEY');
    expect(suggestKey('openAiToken')).toBe('OPEN_AI_TOKEN');
  });
});

describe('secret value schema', () => {
  it('accepts any value with something besides spaces, as typed, and so does the API', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((value) => value.trim() !== ''),
        (value) => {
          expect(secretValueSchema.safeParse(value)).toEqual({ success: true, data: value });
          expect(() => requireSecretValue(value)).not.toThrow();
        },
      ),
    );
    const empty = secretValueSchema.safeParse('');
    expect(empty.success ? [] : empty.error.issues.map((i) => i.message)).toEqual([
      'Enter the value',
    ]);
  });
});

describe('secret value limits', () => {
  function valueMessages(value: string): string[] {
    const result = secretValueSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  }

  it('refuses a value that is only whitespace, and so does the API', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ \t\n\r]{1,20}$/), (value) => {
        expect(valueMessages(value)).toEqual(['The value is only spaces: enter the secret itself']);
        expect(() => requireSecretValue(value)).toThrow(/only whitespace/);
      }),
    );
  });

  it('refuses a value over 64 KB, and so does the API, naming the field', () => {
    const tooLong = 'x'.repeat(LIMITS.secretValue + 1);
    expect(valueMessages(tooLong)).toEqual([tooLongMessage(LIMITS.secretValue)]);
    expect(() => requireSecretValue(tooLong)).toThrow(/^value has at most 65,536 characters/);
    expect(valueMessages('x'.repeat(LIMITS.secretValue))).toEqual([]);
  });
});
