import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorMessage, isApiError } from '../lib/api-error.ts';
import { notify } from '../lib/notifications.ts';
import { reportAuthFailure } from './auth-failure.ts';

// Reads retry network and server failures (the SDK's client does too); refusals are final.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && (error.kind === 'network' || error.kind === 'server')) {
    return failureCount < 2;
  }
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportAuthFailure }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        reportAuthFailure(error);
        if (mutation.meta?.inlineErrors) return;
        notify(`${mutation.meta?.action ?? 'The change'} failed: ${errorMessage(error)}`, 'error');
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
