import type { ReactNode } from 'react';
import { AdminOnly as SessionAdminOnly } from '../../session/components/admin-only.tsx';

/** Orchestrators are for admins. */
export function AdminOnly({ children }: { children: ReactNode }) {
  return (
    <SessionAdminOnly
      explanation={(role) => (
        <>
          Only admins can see and register orchestrators, the machines that run delegated
          operations. Your role is {role}; ask an admin of your organization if you need one.
        </>
      )}
    >
      {children}
    </SessionAdminOnly>
  );
}
