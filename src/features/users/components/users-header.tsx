import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Button, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { paths } from '../../../config/paths.ts';
import type { Seats } from '../api/queries.ts';
import { InviteDialog } from './invite-dialog.tsx';
import { SeatsSummary } from './seats-summary.tsx';

/**
 * Title, seats, the invite button and the Members / Pending invitations tabs. The seats come
 * from the page's own request, so the header adds none.
 */
export function UsersHeader({ seats }: { seats: Seats | null | undefined }) {
  const location = useLocation();
  const [inviting, setInviting] = useState(false);
  const tab = location.pathname.startsWith(paths.users.invitations()) ? 'invitations' : 'members';
  return (
    <>
      <PageHeader
        title="Users"
        subtitle="Everyone in the organization, their roles, and the invitations still pending."
        actions={
          <Button
            variant="contained"
            startIcon={<PersonAddIcon />}
            onClick={() => setInviting(true)}
          >
            Invite people
          </Button>
        }
      />
      <SeatsSummary seats={seats} />
      <Tabs
        value={tab}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        aria-label="Users views"
      >
        <Tab value="members" label="Members" component={RouterLink} to={paths.users.list()} />
        <Tab
          value="invitations"
          label="Pending invitations"
          component={RouterLink}
          to={paths.users.invitations()}
        />
      </Tabs>
      {inviting && <InviteDialog open onClose={() => setInviting(false)} />}
    </>
  );
}
