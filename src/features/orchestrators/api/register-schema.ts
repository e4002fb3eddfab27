import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { z } from '../../../lib/zod.ts';
import { ENVIRONMENTS, isEnvironment, type Environment } from './environments.ts';

// register_orchestrator(): the form, its rules and what it sends (fiftyone-api.md §3.10, §13,
// §14). `config` and `secrets` each hold one top-level key, the environment's SDK value.

/** The fields the console knows for an environment (none for one it does not know). */
export function configFieldsOf(value: string): readonly FieldSpec[] {
  return isEnvironment(value) ? CONFIG_FIELDS[value] : [];
}
export function secretFieldsOf(value: string): readonly FieldSpec[] {
  return isEnvironment(value) ? SECRET_FIELDS[value] : [];
}

/** The top-level key of an environment's config and secrets (the SDK's lower-case value). */
export function environmentKeyOf(value: string): string {
  return isEnvironment(value) ? ENVIRONMENT_KEYS[value] : value.toLowerCase();
}

/** The SDK's value of each environment: the top-level key of its config and secrets. */
export const ENVIRONMENT_KEYS: Record<Environment, string> = {
  DATABRICKS: 'databricks',
  ANYSCALE: 'anyscale',
  SELF_REGISTERED: 'self_registered',
};

export interface FieldSpec {
  key: string;
  label: string;
  required: boolean;
  helper?: string;
}

export const CONFIG_FIELDS: Record<Environment, readonly FieldSpec[]> = {
  DATABRICKS: [
    {
      key: 'jobId',
      label: 'Job ID',
      required: true,
      helper: 'The Databricks job that runs operations.',
    },
    { key: 'executionTaskId', label: 'Execution task ID', required: true },
    {
      key: 'registrationTaskId',
      label: 'Registration task ID',
      required: false,
      helper: 'Optional: the task that registers the orchestrator’s operators.',
    },
  ],
  ANYSCALE: [
    { key: 'jobQueueName', label: 'Job queue name', required: true },
    { key: 'imageUri', label: 'Image URI', required: true },
    { key: 'executionComputeConfig', label: 'Execution compute config', required: true },
  ],
  SELF_REGISTERED: [],
};

export const SECRET_FIELDS: Record<Environment, readonly FieldSpec[]> = {
  DATABRICKS: [
    { key: 'host', label: 'Host', required: true, helper: 'The workspace URL.' },
    { key: 'accountId', label: 'Account ID', required: true },
    { key: 'clientId', label: 'Client ID', required: true },
    { key: 'clientSecret', label: 'Client secret', required: true },
  ],
  ANYSCALE: [{ key: 'authToken', label: 'Auth token', required: true }],
  SELF_REGISTERED: [],
};

/** `clientSecret` + `dbx-gpu` → `CLIENT_SECRET_DBX_GPU`: the secret a typed value is stored as. */
export function secretNameFor(key: string, instanceIdentifier: string): string {
  const upperSnake = (text: string): string =>
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]/g, '_')
      .toUpperCase();
  return `${upperSnake(key)}_${upperSnake(instanceIdentifier)}`;
}

/** `Job ID` → `job ID`: a label inside a sentence. */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export const INSTANCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Each secret is typed as a value, or picked from the stored secrets. */
const secretEntrySchema = z.object({
  mode: z.enum(['value', 'existing']),
  value: z.string(),
  secretKey: z.string(),
});
export type SecretEntry = z.infer<typeof secretEntrySchema>;

export const registerOrchestratorSchema = z
  .object({
    instanceIdentifier: z
      .string()
      .trim()
      .min(1, 'Enter an instance ID')
      .max(LIMITS.orchestratorInstanceId, tooLongMessage(LIMITS.orchestratorInstanceId))
      .regex(
        INSTANCE_ID_PATTERN,
        'Use letters, digits, dots, dashes and underscores, starting with a letter or digit',
      ),
    description: z
      .string()
      .trim()
      .max(LIMITS.orchestratorDescription, tooLongMessage(LIMITS.orchestratorDescription)),
    environment: z.enum(ENVIRONMENTS, { error: 'Choose an environment' }),
    // The form keeps every environment's fields; only the chosen one's are checked and sent.
    config: z.record(z.string(), z.string()),
    secrets: z.record(z.string(), secretEntrySchema),
  })
  .superRefine((form, ctx) => {
    for (const field of CONFIG_FIELDS[form.environment]) {
      const value = (form.config[field.key] ?? '').trim();
      if (field.required && !value) {
        ctx.addIssue({
          code: 'custom',
          path: ['config', field.key],
          message: `Enter the ${lowerFirst(field.label)}`,
        });
      } else if (value.length > LIMITS.orchestratorConfigValue) {
        ctx.addIssue({
          code: 'custom',
          path: ['config', field.key],
          message: tooLongMessage(LIMITS.orchestratorConfigValue),
        });
      }
    }
    for (const field of SECRET_FIELDS[form.environment]) {
      const entry = form.secrets[field.key];
      if (entry?.mode === 'existing') {
        if (!entry.secretKey.trim()) {
          ctx.addIssue({
            code: 'custom',
            path: ['secrets', field.key, 'secretKey'],
            message: 'Choose a secret',
          });
        }
      } else if (!(entry?.value ?? '').trim()) {
        ctx.addIssue({
          code: 'custom',
          path: ['secrets', field.key, 'value'],
          message: `Enter the ${lowerFirst(field.label)}`,
        });
      } else if ((entry?.value ?? '').length > LIMITS.secretValue) {
        ctx.addIssue({
          code: 'custom',
          path: ['secrets', field.key, 'value'],
          message: tooLongMessage(LIMITS.secretValue),
        });
      }
    }
  });

/** A typed secret whose stored name is already taken by another secret. */
export interface SecretNameClash {
  key: string;
  name: string;
}

/**
 * Every typed secret whose `<KEY>_<INSTANCE_ID>` name a stored secret already has: the API
 * refuses to overwrite it. A value that is itself a stored secret's key links that secret
 * instead, so it does not clash.
 */
export function secretNameClashes(
  form: Pick<RegisterForm, 'instanceIdentifier' | 'environment' | 'secrets'>,
  storedKeys: ReadonlySet<string>,
): SecretNameClash[] {
  const instanceIdentifier = form.instanceIdentifier.trim();
  if (!instanceIdentifier) return [];
  return SECRET_FIELDS[form.environment].flatMap((field) => {
    const entry = form.secrets[field.key];
    if (!entry || entry.mode !== 'value' || entry.value === '' || storedKeys.has(entry.value)) {
      return [];
    }
    const name = secretNameFor(field.key, instanceIdentifier);
    return storedKeys.has(name) ? [{ key: field.key, name }] : [];
  });
}

/** The form's own words for a clash, next to the secret it concerns. */
export function clashMessage(clash: SecretNameClash): string {
  return `A secret named ${clash.name} already exists: pick it under “Use a stored secret”, or change the instance ID`;
}

/** The form's schema, with every secret name clash against the stored secrets reported at once. */
export function registerSchemaWith(storedKeys: ReadonlySet<string>) {
  return registerOrchestratorSchema.superRefine((form, ctx) => {
    for (const clash of secretNameClashes(form, storedKeys)) {
      ctx.addIssue({
        code: 'custom',
        path: ['secrets', clash.key, 'value'],
        message: clashMessage(clash),
      });
    }
  });
}

export type RegisterForm = z.input<typeof registerOrchestratorSchema>;
export type RegisterValues = z.output<typeof registerOrchestratorSchema>;

export function emptyRegisterForm(): RegisterForm {
  const fields = ENVIRONMENTS.flatMap((env) => CONFIG_FIELDS[env]);
  const secrets = ENVIRONMENTS.flatMap((env) => SECRET_FIELDS[env]);
  return {
    instanceIdentifier: '',
    description: '',
    environment: 'DATABRICKS',
    config: Object.fromEntries(fields.map((f) => [f.key, ''])),
    secrets: Object.fromEntries(
      secrets.map((f): [string, SecretEntry] => [
        f.key,
        { mode: 'value', value: '', secretKey: '' },
      ]),
    ),
  };
}

export interface RegisterVariables {
  instanceIdentifier: string;
  description: string;
  environment: Environment;
  config: Record<string, Record<string, string>> | null;
  secrets: Record<string, Record<string, string>> | null;
}

/**
 * What registerOrchestrator is sent: the chosen environment's fields under its key. A typed
 * secret travels as its value (the server stores it and keeps its name); a picked one as the
 * existing secret's key (the server links it).
 */
export function toRegisterVariables(form: RegisterValues): RegisterVariables {
  const key = ENVIRONMENT_KEYS[form.environment];
  const configFields = CONFIG_FIELDS[form.environment];
  const secretFields = SECRET_FIELDS[form.environment];
  const config = Object.fromEntries(
    configFields
      .map((f): [string, string] => [f.key, (form.config[f.key] ?? '').trim()])
      .filter(([, value]) => value !== ''),
  );
  const secrets = Object.fromEntries(
    secretFields.map((f): [string, string] => {
      const entry = form.secrets[f.key];
      return [f.key, entry?.mode === 'existing' ? entry.secretKey.trim() : (entry?.value ?? '')];
    }),
  );
  return {
    instanceIdentifier: form.instanceIdentifier,
    description: form.description,
    environment: form.environment,
    config: configFields.length > 0 ? { [key]: config } : null,
    secrets: secretFields.length > 0 ? { [key]: secrets } : null,
  };
}
