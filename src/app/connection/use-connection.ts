import { useSyncExternalStore } from 'react';
import { getConnection, subscribeConnection, type Connection } from '../../lib/connection.ts';
import { getAuthFailure, subscribeAuthFailure } from '../auth-failure.ts';

export function useConnection(): Connection | null {
  return useSyncExternalStore(subscribeConnection, getConnection);
}

export function useAuthFailure(): string | null {
  return useSyncExternalStore(subscribeAuthFailure, getAuthFailure);
}
