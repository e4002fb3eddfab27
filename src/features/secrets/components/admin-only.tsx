import type { ReactNode } from 'react';
import { AdminOnly as SessionAdminOnly } from '../../session/components/admin-only.tsx';

/** Secrets are for admins. */
export function AdminOnly({ children }: { children: ReactNode }) {
  return (
    <SessionAdminOnly
      explanation={(role) => (
        <>
          Only admins can manage secrets. Your role is {role}; ask an admin of your organization if
          a plugin needs a secret.
        </>
      )}
    >
      {children}
    </SessionAdminOnly>
  );
}
