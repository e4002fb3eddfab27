import type { UserRecord } from '../types.ts';
import {
  compareCodeUnits,
  compareText,
  matchesSearch,
  type OrderInput,
  type SearchInput,
} from './search.ts';

export type UserSearch = SearchInput<'email' | 'id' | 'name'>;
export type UserOrder = OrderInput<'name'>;

export interface UserQueryArgs {
  search?: UserSearch | null;
  order?: UserOrder | null;
}

/** Users matching `search`, sorted by name (ties by email, then id); default name ascending. */
export function queryUsers(users: readonly UserRecord[], args: UserQueryArgs): UserRecord[] {
  const sign = args.order?.direction === 'DESC' ? -1 : 1;
  return users
    .filter((user) => matchesSearch(user, args.search, (u, field) => [u[field]]))
    .sort(
      (a, b) =>
        sign * (compareText(a.name, b.name) || compareText(a.email, b.email)) ||
        compareCodeUnits(a.id, b.id),
    );
}
