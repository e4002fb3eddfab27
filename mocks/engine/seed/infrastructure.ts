import { DAY_MS } from '../time.ts';
import type {
  CloudCredentialRecord,
  CloudProvider,
  OrchestratorEnvironment,
  OrchestratorRecord,
  SecretRecord,
} from '../types.ts';
import type { SeedContext } from './context.ts';

// Secrets, cloud credentials and orchestrators. Values are never stored: a secret or a credential
// only has an opaque `ciphertext`.

/** `clientSecret` + `dbx-gpu-prod` → `CLIENT_SECRET_DBX_GPU_PROD` (fiftyone-api.md §14). */
export function orchestratorSecretName(key: string, instanceIdentifier: string): string {
  const upperSnake = (text: string): string =>
    text
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/[^A-Za-z0-9]/g, '_')
      .toUpperCase();
  return `${upperSnake(key)}_${upperSnake(instanceIdentifier)}`;
}

const PLAIN_SECRETS: readonly [string, string][] = [
  ['LABELBOX_API_KEY', 'Labelbox workspace key used by the annotation and export plugins.'],
  ['AWS_EXPORT_ROLE_ARN', 'IAM role assumed when exporting datasets to S3.'],
  ['SLACK_WEBHOOK_URL', 'Incoming webhook for the #data-quality channel.'],
  ['HUGGINGFACE_TOKEN', 'Read-only token for pulling models from the Hugging Face Hub.'],
];

interface OrchestratorSpec {
  instanceIdentifier: string;
  description: string;
  environment: OrchestratorEnvironment;
  config: Record<string, unknown> | null;
  /** Input secret keys (the values were stored as secrets, never kept here). */
  secretKeys: string[];
  availableOperators: string[];
  deactivated?: boolean;
}

const ORCHESTRATORS: readonly OrchestratorSpec[] = [
  {
    instanceIdentifier: 'dbx-gpu-prod',
    description: 'Databricks GPU job cluster for heavy delegated operations.',
    environment: 'DATABRICKS',
    config: {
      databricks: {
        jobId: 842917365510234,
        executionTaskId: 'fiftyone_execute',
        registrationTaskId: 'fiftyone_register',
      },
    },
    secretKeys: ['host', 'accountId', 'clientId', 'clientSecret'],
    availableOperators: [
      '@acme/auto-labeler/run_auto_labeling',
      '@voxel51/brain/compute_similarity',
      '@voxel51/brain/compute_visualization',
      '@voxel51/brain/compute_uniqueness',
    ],
  },
  {
    instanceIdentifier: 'anyscale-batch',
    description: 'Anyscale job queue for batch exports and quality checks.',
    environment: 'ANYSCALE',
    config: {
      anyscale: {
        jobQueueName: 'fiftyone-batch',
        imageUri: 'anyscale/image/fiftyone-runner:14',
        executionComputeConfig: 'fiftyone-cpu-m5-4xl:2',
        idleTimeoutS: 300,
      },
    },
    secretKeys: ['authToken'],
    availableOperators: [
      '@acme/export-to-labelbox/export_to_labelbox',
      '@acme/data-quality/find_duplicates',
      '@acme/data-quality/generate_quality_report',
    ],
  },
  {
    instanceIdentifier: 'onprem-runner-01',
    description: 'Self-registered runner in the Reno data centre (retired).',
    environment: 'SELF_REGISTERED',
    config: null,
    secretKeys: [],
    availableOperators: [
      '@voxel51/annotation/request_annotations',
      '@voxel51/utils/compute_metadata',
    ],
    deactivated: true,
  },
];

export interface Infrastructure {
  secrets: SecretRecord[];
  cloudCredentials: CloudCredentialRecord[];
  orchestrators: OrchestratorRecord[];
}

/**
 * `admins`: who may have created them, with when each joined; `sinceMs`: the earliest time any of
 * them may have been created.
 */
export function buildInfrastructure(
  ctx: SeedContext,
  admins: readonly { id: string; createdMs: number }[],
  sinceMs: number,
): Infrastructure {
  const { rng, now } = ctx;
  // Who created it and when (after they joined).
  const created = (): [string, number] => {
    const admin = rng.pick(admins);
    const from = Math.max(sinceMs, admin.createdMs + DAY_MS);
    return [admin.id, ctx.between(from, now - 3 * DAY_MS)];
  };

  const secrets = PLAIN_SECRETS.map(([key, description]): SecretRecord => {
    const [createdById, createdMs] = created();
    return {
      id: ctx.newId(),
      key,
      description,
      scope: 'GLOBAL',
      createdAt: ctx.iso(createdMs),
      createdById,
      ciphertext: ctx.opaque(),
    };
  });

  const orchestrators = ORCHESTRATORS.map((spec): OrchestratorRecord => {
    const [createdById, createdMs] = created();
    const env = spec.environment.toLowerCase();
    let orchestratorSecrets: Record<string, Record<string, string>> | null = null;
    if (spec.secretKeys.length > 0) {
      const names: Record<string, string> = {};
      for (const key of spec.secretKeys) {
        const name = orchestratorSecretName(key, spec.instanceIdentifier);
        names[key] = name;
        secrets.push({
          id: ctx.newId(),
          key: name,
          description: `${key} of orchestrator ${spec.instanceIdentifier}`,
          scope: 'GLOBAL',
          createdAt: ctx.iso(createdMs),
          createdById,
          ciphertext: ctx.opaque(),
        });
      }
      orchestratorSecrets = { [env]: names };
    }
    // Deactivating an orchestrator is its last update.
    const deactivatedMs = spec.deactivated === true ? ctx.between(createdMs, now) : null;
    const updatedMs = deactivatedMs ?? (rng.chance(0.5) ? ctx.between(createdMs, now) : null);
    return {
      orchestratorIdentifier: ctx.newId(),
      instanceIdentifier: spec.instanceIdentifier,
      description: spec.description,
      environment: spec.environment,
      config: spec.config,
      secrets: orchestratorSecrets,
      availableOperators: [...spec.availableOperators],
      createdAt: ctx.iso(createdMs),
      updatedAt: updatedMs === null ? null : ctx.iso(updatedMs),
      deactivatedAt: deactivatedMs === null ? null : ctx.iso(deactivatedMs),
    };
  });

  const credentials: [CloudProvider, string[], string][] = [
    ['AWS', [], 'Default AWS credentials (instance role of the media proxy).'],
    [
      'AWS',
      ['acme-raw-data', 'acme-labels'],
      'Cross-account access to the raw data and labels buckets.',
    ],
    ['GCP', [], 'Default GCP service account for gs:// media.'],
    ['AZURE', ['acmemedical'], 'Storage account for the medical imaging container.'],
  ];
  const cloudCredentials = credentials.map(
    ([provider, prefixes, description]): CloudCredentialRecord => {
      const [createdById, createdMs] = created();
      return {
        id: ctx.newId(),
        provider,
        prefixes,
        description,
        createdAt: ctx.iso(createdMs),
        createdById,
        ciphertext: ctx.opaque(),
      };
    },
  );

  return { secrets, cloudCredentials, orchestrators };
}
