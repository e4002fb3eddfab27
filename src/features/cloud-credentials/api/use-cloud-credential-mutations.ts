import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gqlMutation } from '../../../lib/transport.ts';
import { RemoveCloudCredentialsMutation, SetCloudCredentialsMutation } from './documents.ts';
import type { Provider } from './providers.ts';
import { cloudCredentialQueries } from './queries.ts';

export interface SetCredentialsVariables {
  provider: Provider;
  /** The JSON-encoded credentials dict (credential-schema.ts). */
  creds: string;
  prefixes: string[] | null;
  description: string | null;
  /** false: refuse (CONFLICT) if credentials for these buckets exist; true: replace them. */
  overwrite: boolean;
}

export function useSetCloudCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: SetCredentialsVariables) =>
      (await gqlMutation(SetCloudCredentialsMutation, variables)).setCloudCredentials,
    meta: { action: 'Saving the cloud credentials', inlineErrors: true },
    onSettled: () => queryClient.invalidateQueries({ queryKey: cloudCredentialQueries.all() }),
  });
}

export function useRemoveCloudCredentials() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { provider: Provider; prefixes: string[] | null }) =>
      gqlMutation(RemoveCloudCredentialsMutation, variables),
    meta: { action: 'Deleting the cloud credentials', inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cloudCredentialQueries.all() }),
  });
}
