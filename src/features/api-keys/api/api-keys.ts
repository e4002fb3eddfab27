import { LIMITS, tooLongMessage } from '../../../lib/limits.ts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from '../../../lib/zod.ts';
import { graphql, type ResultOf } from '../../../lib/graphql.ts';
import { gqlMutation, gqlRequest } from '../../../lib/transport.ts';

// list_api_keys(), generate_api_key(), delete_api_key(): the SDK's documents.
const ApiKeysQuery = graphql(`
  query ApiKeys($userId: String!) {
    user(id: $userId) {
      id
      apiKeys {
        id
        name
        createdAt
      }
    }
  }
`);

const GenerateApiKeyMutation = graphql(`
  mutation GenerateApiKey($name: String!, $userId: String) {
    generateApiKey(name: $name, userId: $userId) {
      id
      name
      createdAt
      key
    }
  }
`);

const RemoveApiKeyMutation = graphql(`
  mutation RemoveApiKey($keyId: String!, $userId: String) {
    removeApiKey(keyId: $keyId, userId: $userId)
  }
`);

export type ApiKey = NonNullable<ResultOf<typeof ApiKeysQuery>['user']>['apiKeys'][number];
export type GeneratedApiKey = ResultOf<typeof GenerateApiKeyMutation>['generateApiKey'];

export const apiKeyQueries = {
  all: () => ['api-keys'] as const,
  list: (userId: string) =>
    queryOptions({
      queryKey: [...apiKeyQueries.all(), userId] as const,
      queryFn: async () => {
        const data = await gqlRequest(ApiKeysQuery, { userId });
        return data.user ? data.user.apiKeys : null;
      },
    }),
};

export const apiKeyNameSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Give the key a name, such as the script or machine that will use it')
    .max(LIMITS.apiKeyName, tooLongMessage(LIMITS.apiKeyName)),
});
export type ApiKeyNameForm = z.infer<typeof apiKeyNameSchema>;

export function useGenerateApiKey(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name }: ApiKeyNameForm) =>
      (await gqlMutation(GenerateApiKeyMutation, { name, userId })).generateApiKey,
    meta: { action: 'Generating the API key', inlineErrors: true },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: apiKeyQueries.list(userId).queryKey }),
  });
}

export function useRemoveApiKey(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ keyId }: { keyId: string }) =>
      gqlMutation(RemoveApiKeyMutation, { keyId, userId }),
    meta: { action: 'Deleting the API key', inlineErrors: true },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: apiKeyQueries.list(userId).queryKey }),
  });
}
