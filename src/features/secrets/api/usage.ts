// Which plugins and orchestrators use which secret, from what the API says they declare and
// reference. Pure functions over the usage query's answer.

export interface PluginUse {
  name: string;
  enabled: boolean;
  /** The secret keys its manifest declares. */
  declared: readonly string[];
}

export interface OrchestratorUse {
  instanceIdentifier: string;
  deactivated: boolean;
  /** The names of the secrets its registration stored or linked. */
  references: readonly string[];
}

export interface SecretUsage {
  plugins: readonly PluginUse[];
  orchestrators: readonly OrchestratorUse[];
}

export interface UsedBy {
  plugins: PluginUse[];
  orchestrators: OrchestratorUse[];
}

export function usedBy(usage: SecretUsage, key: string): UsedBy {
  return {
    plugins: usage.plugins.filter((plugin) => plugin.declared.includes(key)),
    orchestrators: usage.orchestrators.filter((o) => o.references.includes(key)),
  };
}

/** Every secret name inside an orchestrator's `secrets` JSON ({env: {field: name}}). */
export function secretNames(json: unknown): string[] {
  if (typeof json === 'string') return [json];
  if (typeof json !== 'object' || json === null) return [];
  return Object.values(json).flatMap((value: unknown) => secretNames(value));
}

/** Per plugin, the secrets its manifest declares that do not exist yet. */
export function missingSecrets(
  usage: SecretUsage,
  existing: ReadonlySet<string>,
): { plugin: PluginUse; missing: string[] }[] {
  return usage.plugins
    .map((plugin) => ({ plugin, missing: plugin.declared.filter((key) => !existing.has(key)) }))
    .filter((entry) => entry.missing.length > 0);
}
