// The environments an orchestrator runs in, as the console names them: shared by the list (no
// form code) and the register form (register-schema.ts).

export const ENVIRONMENTS = ['DATABRICKS', 'ANYSCALE', 'SELF_REGISTERED'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  DATABRICKS: 'Databricks',
  ANYSCALE: 'Anyscale',
  SELF_REGISTERED: 'Self-registered',
};

export function isEnvironment(value: string): value is Environment {
  return ENVIRONMENTS.some((known) => known === value);
}

/** A label for any environment the server answers: one this console does not know shows as is. */
export function environmentLabel(value: string): string {
  return isEnvironment(value) ? ENVIRONMENT_LABELS[value] : value;
}
