// The four providers of add_cloud_credentials(), and the ways to hand each its credentials
// (the SDK's credential types and factories, fiftyone-api.md §3.5).

export const PROVIDERS = ['AWS', 'GCP', 'AZURE', 'MINIO'] as const;
export type Provider = (typeof PROVIDERS)[number];

export const PROVIDER_LABELS: Record<Provider, string> = {
  AWS: 'AWS (Amazon S3)',
  GCP: 'GCP (Google Cloud Storage)',
  AZURE: 'Azure Blob Storage',
  MINIO: 'MinIO',
};

export const PROVIDER_SHORT: Record<Provider, string> = {
  AWS: 'AWS',
  GCP: 'GCP',
  AZURE: 'Azure',
  MINIO: 'MinIO',
};

/** What a bucket is called where each provider stores media. */
export const BUCKET_WORD: Record<Provider, string> = {
  AWS: 'bucket',
  GCP: 'bucket',
  AZURE: 'container',
  MINIO: 'bucket',
};

export const METHODS = [
  'aws-keys',
  'aws-ini',
  'gcp-json',
  'azure-key',
  'azure-connection-string',
  'azure-client-secret',
  'azure-ini',
  'minio-keys',
  'minio-ini',
] as const;
export type Method = (typeof METHODS)[number];

export const METHOD_PROVIDER: Record<Method, Provider> = {
  'aws-keys': 'AWS',
  'aws-ini': 'AWS',
  'gcp-json': 'GCP',
  'azure-key': 'AZURE',
  'azure-connection-string': 'AZURE',
  'azure-client-secret': 'AZURE',
  'azure-ini': 'AZURE',
  'minio-keys': 'MINIO',
  'minio-ini': 'MINIO',
};

export const METHOD_LABELS: Record<Method, string> = {
  'aws-keys': 'Access keys',
  'aws-ini': 'Credentials file (.ini)',
  'gcp-json': 'Service account key file (JSON)',
  'azure-key': 'Account name and key',
  'azure-connection-string': 'Connection string',
  'azure-client-secret': 'Client secret (service principal)',
  'azure-ini': 'Credentials file (.ini)',
  'minio-keys': 'Access keys and endpoint',
  'minio-ini': 'Credentials file (.ini)',
};

export function methodsOf(provider: Provider): Method[] {
  return METHODS.filter((method) => METHOD_PROVIDER[method] === provider);
}

export function isProvider(value: string): value is Provider {
  return (PROVIDERS as readonly string[]).includes(value);
}

export function isMethod(value: string): value is Method {
  return (METHODS as readonly string[]).includes(value);
}
