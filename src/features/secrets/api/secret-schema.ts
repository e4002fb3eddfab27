import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';

// A secret's key, value and description as the console asks for them. Keys are UPPER_SNAKE_CASE
// (the SDK's convention; plugins read them as environment variables).

export const SECRET_KEY_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
export const SECRET_KEY_MAX_LENGTH = LIMITS.secretKey;
export const SECRET_VALUE_MAX_LENGTH = LIMITS.secretValue;

/** `my-api key` → `MY_API_KEY`: what the person probably meant, or null if nothing is left. */
export function suggestKey(text: string): string | null {
  const suggestion = text
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^[_0-9]+|_+$/g, '')
    .toUpperCase();
  return SECRET_KEY_PATTERN.test(suggestion) && suggestion.length <= SECRET_KEY_MAX_LENGTH
    ? suggestion
    : null;
}

/** Why a key is not UPPER_SNAKE_CASE, or null when it is. */
export function secretKeyProblem(key: string): string | null {
  if (key === '') return 'Enter a key, e.g. MY_API_KEY';
  if (key.length > SECRET_KEY_MAX_LENGTH) {
    return tooLongMessage(SECRET_KEY_MAX_LENGTH);
  }
  if (SECRET_KEY_PATTERN.test(key)) return null;
  const suggestion = suggestKey(key);
  const hint = suggestion && suggestion !== key ? `: ${suggestion}` : ', e.g. MY_API_KEY';
  if (/^[0-9_]/.test(key)) return `Start the key with a capital letter${hint}`;
  if (/[a-z]/.test(key)) return `Use capital letters${hint}`;
  if (/[^A-Z0-9_]/.test(key)) return `Use only capital letters, digits and underscores${hint}`;
  return `Separate words with single underscores, none at the end${hint}`;
}

export const secretKeySchema = z
  .string()
  .trim()
  .superRefine((key, ctx) => {
    const problem = secretKeyProblem(key);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// The value is sent as typed (spaces inside a value may matter), but one that is only
// whitespace is surely a slip, and the API refuses it too.
export const secretValueSchema = z
  .string()
  .min(1, { error: 'Enter the value', abort: true })
  .refine((value) => value.trim() !== '', {
    error: 'The value is only spaces: enter the secret itself',
    abort: true,
  })
  .max(SECRET_VALUE_MAX_LENGTH, tooLongMessage(SECRET_VALUE_MAX_LENGTH));

export const secretDescriptionSchema = z
  .string()
  .trim()
  .max(LIMITS.secretDescription, tooLongMessage(LIMITS.secretDescription));

/** add_secret(): `existing` keys are refused as you type (rotate those instead). */
export function addSecretSchema(existing: ReadonlySet<string>) {
  return z.object({
    key: secretKeySchema.refine(
      (key) => !existing.has(key),
      'A secret with this key already exists: rotate its value instead',
    ),
    value: secretValueSchema,
    description: secretDescriptionSchema,
  });
}
export type AddSecretForm = z.infer<ReturnType<typeof addSecretSchema>>;

export const rotateSecretSchema = z.object({ value: secretValueSchema });
export type RotateSecretForm = z.infer<typeof rotateSecretSchema>;

export const describeSecretSchema = z.object({ description: secretDescriptionSchema });
export type DescribeSecretForm = z.infer<typeof describeSecretSchema>;
