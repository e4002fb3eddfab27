import type { ReactNode } from 'react';
import { AdminOnly as SessionAdminOnly } from '../../session/components/admin-only.tsx';

/** Groups are admin only (fiftyone-api.md §7). */
export function AdminGate({ children }: { children: ReactNode }) {
  return (
    <SessionAdminOnly
      explanation={(role) => (
        <>
          Only admins can manage groups. Your role is {role}; the datasets you can see, and the
          access of those you manage, are under Datasets.
        </>
      )}
    >
      {children}
    </SessionAdminOnly>
  );
}
