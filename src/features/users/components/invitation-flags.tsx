import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { flagsInForce, type FeatureFlags } from '../../session/api/server-status.ts';
import { sessionQueries } from '../../session/api/viewer.ts';

// The server's invitation flags (featureFlag, fiftyone-api.md §15), read from the shell's
// Viewer request: with invitations off the console offers none (the server refuses them
// anyway); with their e-mails off, whoever invites shares each link by hand.

/** The flags in force; undefined until the server has said. */
export function useInvitationFlags(): FeatureFlags | undefined {
  const status = useQuery(sessionQueries.serverStatus());
  return status.data ? flagsInForce(status.data) : undefined;
}

export function InvitationsDisabledNotice() {
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      Invitations are turned off for this organization: the server does not accept them, so inviting
      people and pending invitations are not offered here.
    </Alert>
  );
}

/** Its children only where the organization has invitations on; the reason where it does not. */
export function WhenInvitationsEnabled({ children }: { children: ReactNode }) {
  const flags = useInvitationFlags();
  if (!flags) return null;
  if (!flags.invitationsEnabled) return <InvitationsDisabledNotice />;
  return <>{children}</>;
}

/** In the invite dialog: nobody will be e-mailed, so the links must be shared by hand. */
export function InvitationEmailsNotice() {
  const flags = useInvitationFlags();
  if (!flags || flags.invitationEmailsEnabled) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      Invitation e-mails are turned off for this organization: nobody you invite receives an e-mail.
      Once they are sent, copy each invitation&rsquo;s link and share it yourself.
    </Alert>
  );
}
