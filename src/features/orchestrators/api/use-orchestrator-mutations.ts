import { useMutation, useQueryClient } from '@tanstack/react-query';
import { gqlMutation } from '../../../lib/transport.ts';
import { secretQueries } from '../../secrets/api/queries.ts';
import { DeleteOrchestratorMutation, RegisterOrchestratorMutation } from './documents.ts';
import { orchestratorQueries } from './queries.ts';
import type { RegisterVariables } from './register-schema.ts';

// Mutation hooks own invalidation; call sites own the UI (closing a dialog, navigating).

export function useRegisterOrchestrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: RegisterVariables) =>
      (await gqlMutation(RegisterOrchestratorMutation, variables)).registerOrchestrator,
    meta: { action: 'Registering the orchestrator', inlineErrors: true },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orchestratorQueries.all() }),
        // Registering stores secrets, and the Secrets area shows which orchestrator uses which.
        queryClient.invalidateQueries({ queryKey: secretQueries.all() }),
      ]),
  });
}

export function useDeleteOrchestrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { instanceIdentifier: string }) =>
      gqlMutation(DeleteOrchestratorMutation, variables),
    meta: { action: 'Deleting the orchestrator', inlineErrors: true },
    onSuccess: (_data, { instanceIdentifier }) => {
      queryClient.removeQueries({
        queryKey: orchestratorQueries.detail(instanceIdentifier).queryKey,
      });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: orchestratorQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: secretQueries.all() }),
      ]);
    },
  });
}
