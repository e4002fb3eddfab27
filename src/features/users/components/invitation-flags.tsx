import { Alert } from '@mui/material';
import type { ReactNode } from 'react';
import { useInvitationFlags } from '../../session/api/invitation-flags.ts';

// The server's invitation flags (featureFlag, fiftyone-api.md §15), read from the shell's
// Viewer request: with invitations off the console offers none (the server refuses them
// anyway); with their e-mails off, whoever invites shares each link by hand.

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
