import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../api/queries.ts';

export const SOLE_ADMIN_REASON =
  'You are the only admin: the organization must keep one, so make someone else an admin first.';

/**
 * Why `target` cannot leave the admin role, or null. Only the viewer can be the organization's
 * last admin (whoever changes a role is an admin), so only their own role reads the admins; the
 * API has no role filter, so this is the users list's own admin scan, shared with its cache. A
 * scan that stopped at its cap proves nothing: the server decides then, and still refuses.
 */
export function useSoleAdminReason(
  target: { id: string; role: string },
  viewerId: string | undefined,
): string | null {
  const self = target.role === 'ADMIN' && target.id === viewerId;
  const admins = useQuery({
    ...userQueries.roleScan({ role: 'ADMIN', q: '', dir: 'ASC' }),
    enabled: self,
  });
  if (!self || !admins.data) return null;
  const readAll = admins.data.scanned >= admins.data.of;
  const another = admins.data.matching.some((admin) => admin.id !== target.id);
  return readAll && !another ? SOLE_ADMIN_REASON : null;
}
