import { mintId } from './ids.ts';
import { isoMicro } from './time.ts';
import type { Store, UserRecord } from './types.ts';

/** What every resolver receives: the store, who is asking, the clock and an id minter. */
export interface Context {
  readonly store: Store;
  readonly viewer: UserRecord;
  now(): number;
  /** The current time as the API's datetime string. */
  nowIso(): string;
  nextId(): string;
}

export function createContext(store: Store, viewer: UserRecord, now: () => number): Context {
  return {
    store,
    viewer,
    now,
    nowIso: () => isoMicro(now()),
    nextId: () => mintId(store),
  };
}
