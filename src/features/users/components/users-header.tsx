import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button } from '@mui/material';
import { useLocation } from 'react-router';
import { useState } from 'react';
import { LinkTabs } from '../../../components/link-tabs.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import { lazyComponent } from '../../../lib/lazy-component.tsx';
import { LINKABLE_DIALOGS, useDialogParam } from '../../../lib/use-dialog-param.ts';
import type { Seats } from '../api/queries.ts';
import { useInvitationFlags } from '../../session/api/invitation-flags.ts';
import { InvitationsDisabledNotice } from './invitation-flags.tsx';
import { InterruptedRuns } from '../../../components/interrupted-runs.tsx';
import { SeatsSummary } from './seats-summary.tsx';

// The invite dialogs (forms with zod and react-hook-form, the CSV reader) load when one opens:
// the list's first view does without ~45 kB gzip.
const InviteDialog = lazyComponent(() =>
  import('./invite-dialog.tsx').then((module) => module.InviteDialog),
);
const InviteCsvDialog = lazyComponent(() =>
  import('./invite-csv-dialog.tsx').then((module) => module.InviteCsvDialog),
);

/**
 * Title, seats, the invite button and the Members / Pending invitations tabs. The seats come
 * from the page's own request, so the header adds none.
 */
export function UsersHeader({ seats }: { seats: Seats | null | undefined }) {
  const location = useLocation();
  const [inviting, setInviting] = useDialogParam(LINKABLE_DIALOGS.invite);
  const [importing, setImporting] = useState(false);
  // Hidden until the server has said whether invitations are on, rather than shown and withdrawn.
  const flags = useInvitationFlags();
  const invitationsOn = flags?.invitationsEnabled ?? false;
  const flagsKnownOff = flags?.invitationsEnabled === false;
  const onInvitations = location.pathname.startsWith(paths.users.invitations());
  const tab = onInvitations ? (invitationsOn ? 'invitations' : false) : 'members';
  return (
    <>
      <PageHeader
        title="Users"
        subtitle="Everyone in the organization, their roles, and the invitations still pending."
        actions={
          invitationsOn && (
            <>
              <Button variant="outlined" onClick={() => setImporting(true)}>
                Invite from CSV
              </Button>
              <Button
                variant="contained"
                startIcon={<PersonAddIcon />}
                onClick={() => setInviting(true)}
              >
                Invite people
              </Button>
            </>
          )
        }
      />
      <InterruptedRuns scope="users" />
      <SeatsSummary seats={seats} />
      <LinkTabs
        label="Users views"
        value={tab}
        tabs={[
          { value: 'members', label: 'Members', to: paths.users.list() },
          ...(invitationsOn
            ? [
                {
                  value: 'invitations',
                  label: 'Pending invitations',
                  to: paths.users.invitations(),
                },
              ]
            : []),
        ]}
      />
      {/* The invitations page says it itself, in place of its table. */}
      {flagsKnownOff && !onInvitations && <InvitationsDisabledNotice />}
      {inviting && invitationsOn && <InviteDialog open onClose={() => setInviting(false)} />}
      {importing && <InviteCsvDialog onClose={() => setImporting(false)} />}
    </>
  );
}
