import { useMutation, useQueryClient } from '@tanstack/react-query';
import { readFragment } from '../../../lib/graphql.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import {
  CreateSecretMutation,
  DeleteSecretMutation,
  SecretFields,
  DescribeSecretMutation,
  UpdateSecretMutation,
} from './documents.ts';
import { secretQueries } from './queries.ts';

// Mutation hooks own invalidation; call sites own the UI. The value goes out once and is never
// kept: not in the cache, not in a notification.

export function useCreateSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: { key: string; value: string; description: string | null }) =>
      readFragment(SecretFields, (await gqlMutation(CreateSecretMutation, variables)).createSecret),
    meta: { action: 'Adding the secret', inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretQueries.all() }),
  });
}

/** update_secret(): null leaves the value or the description unchanged. */
export function useUpdateSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: {
      key: string;
      value: string | null;
      description: string | null;
    }) => {
      const { key, value, description } = variables;
      const data =
        value === null
          ? await gqlMutation(DescribeSecretMutation, { key, description })
          : await gqlMutation(UpdateSecretMutation, { key, value, description });
      return readFragment(SecretFields, data.updateSecret);
    },
    meta: { action: 'Updating the secret', inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretQueries.all() }),
  });
}

export function useDeleteSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { key: string }) => gqlMutation(DeleteSecretMutation, variables),
    meta: { action: 'Deleting the secret', inlineErrors: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: secretQueries.all() }),
  });
}
