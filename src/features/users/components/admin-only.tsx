import type { ReactNode } from 'react';
import { AdminOnly as SessionAdminOnly } from '../../session/components/admin-only.tsx';

/** The users area is admin only (fiftyone-api.md §7). */
export function AdminOnly({ area, children }: { area: string; children: ReactNode }) {
  return (
    <SessionAdminOnly
      explanation={(role) => (
        <>
          Only admins can manage {area}. Your role is {role}; ask an admin of your organization if
          you need a change here.
        </>
      )}
    >
      {children}
    </SessionAdminOnly>
  );
}
