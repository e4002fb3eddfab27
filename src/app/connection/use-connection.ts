import { useSyncExternalStore } from 'react';
import {
  getConnection,
  getConnectionGeneration,
  subscribeConnection,
  type Connection,
} from '../../lib/connection.ts';
import { getAuthFailure, subscribeAuthFailure } from '../auth-failure.ts';

export function useConnection(): Connection | null {
  return useSyncExternalStore(subscribeConnection, getConnection);
}

export function useAuthFailure(): string | null {
  return useSyncExternalStore(subscribeAuthFailure, getAuthFailure);
}

/** Changes with every new connection (another key or API), so views can start over. */
export function useConnectionGeneration(): number {
  return useSyncExternalStore(subscribeConnection, getConnectionGeneration);
}
