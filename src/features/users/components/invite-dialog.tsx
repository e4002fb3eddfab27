import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Chip,
  CircularProgress,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { CopyButton } from '../../../components/copy-button.tsx';
import { TextFieldControl } from '../../../components/form/text-field-control.tsx';
import { errorMessage } from '../../../lib/api-error.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { roleLabel, roleText, type Role } from '../../../lib/roles.ts';
import {
  checkEmails,
  inviteSchema,
  splitEmails,
  type EmailCheck,
  type InviteForm,
} from '../api/invite-schema.ts';
import { settingsQueries } from '../../settings/api/queries.ts';
import { userQueries, type Invitation } from '../api/queries.ts';
import { useSendInvitation } from '../api/use-invitation-mutations.ts';
import { roleOptions } from './role-options.tsx';
import { seatBlock } from './seat-rules.ts';
import { InvitationEmailsNotice } from './invitation-flags.tsx';

type Outcome = { email: string; invitation: Invitation } | { email: string; error: string };

const STATUS_LABEL: Record<Exclude<EmailCheck['status'], 'member'>, string> = {
  invalid: 'Invalid',
  duplicate: 'Duplicate',
  invited: 'Invited',
  ready: 'Ready',
};

/** A person already in the organization is labelled with the role they hold. */
function statusLabel(check: EmailCheck): string {
  return check.status === 'member' ? `Already ${roleText(check.role)}` : STATUS_LABEL[check.status];
}

export function InviteDialog({
  open,
  onClose,
  defaultRole = 'MEMBER',
}: {
  open: boolean;
  onClose: () => void;
  defaultRole?: Role;
}) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const seats = useQuery({ ...userQueries.seats(), enabled: open });
  const send = useSendInvitation();
  const [checks, setChecks] = useState<EmailCheck[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  // The organization's default user role is preselected (set_organization_settings).
  const settings = useQuery({ ...settingsQueries.organization(), enabled: open });
  const { control, handleSubmit, setValue, getFieldState, formState } = useForm<InviteForm>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { emails: '', role: defaultRole },
  });
  const orgDefault = settings.data?.defaultUserRole;
  useEffect(() => {
    if (orgDefault && !getFieldState('role', formState).isDirty) setValue('role', orgDefault);
  }, [orgDefault, getFieldState, formState, setValue]);

  const role = useWatch({ control, name: 'role' });
  const ready = checks?.filter((c) => c.status === 'ready') ?? [];
  const blocked = seatBlock(seats.data, role, Math.max(1, ready.length));

  // Every e-mail is checked before anything is sent: syntax, repeats, members, invitations.
  const review = handleSubmit(async (values) => {
    setChecking(true);
    setCheckError(null);
    try {
      const emails = splitEmails(values.emails);
      const invitations = await queryClient.query({ ...userQueries.invitations(), staleTime: 0 });
      const lookups = await Promise.all(
        [...new Set(emails.map((e) => e.toLowerCase()))].map(async (email) => ({
          email,
          user: await queryClient.query(userQueries.lookup(email)),
        })),
      );
      setChecks(
        checkEmails(emails, {
          members: new Map(
            lookups.flatMap((l) => (l.user ? [[l.email, l.user.role] as const] : [])),
          ),
          invited: new Set(invitations.map((i) => i.inviteeEmail.toLowerCase())),
        }),
      );
    } catch (error) {
      setCheckError(`Checking the e-mails failed: ${errorMessage(error)}`);
    } finally {
      setChecking(false);
    }
  });

  const sendAll = async () => {
    const results: Outcome[] = [];
    for (const { email } of ready) {
      try {
        results.push({ email, invitation: await send.mutateAsync({ email, role }) });
      } catch (error) {
        results.push({ email, error: errorMessage(error) });
      }
    }
    setOutcomes(results);
    // Nothing typed is lost: what failed, and what was mistyped, stays in the box to fix and retry.
    const failed = results.filter((r) => 'error' in r).map((r) => r.email);
    const invalid = (checks ?? []).filter((c) => c.status === 'invalid').map((c) => c.email);
    setValue('emails', [...invalid, ...failed].join('\n'));
    setChecks(null);
  };

  return (
    <FormDialog
      open={open}
      onClose={send.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Invite people</DialogTitle>
      <DialogContent>
        <InvitationEmailsNotice />
        {outcomes && <Outcomes outcomes={outcomes} />}
        <form id="invite-form" onSubmit={(event) => void review(event)} noValidate>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextFieldControl
              control={control}
              name="emails"
              label="E-mail addresses"
              helperText="One or many, separated by commas, spaces or new lines."
              multiline
              minRows={3}
              // A pasted list of hundreds grows the box to a limit, then scrolls in it.
              maxRows={8}
              fullWidth
              autoFocus
              onChangeCapture={() => setChecks(null)}
            />
            <Controller
              control={control}
              name="role"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label="Role"
                  value={field.value}
                  onChange={(event) => {
                    field.onChange(event);
                  }}
                  inputRef={field.ref}
                  error={Boolean(fieldState.error) || Boolean(blocked)}
                  helperText={
                    fieldState.error?.message ??
                    blocked ??
                    'Each invitation holds a seat of this role until it is accepted or revoked.'
                  }
                  slotProps={{ select: { renderValue: roleLabel } }}
                  fullWidth
                >
                  {roleOptions(seats.data)}
                </TextField>
              )}
            />
          </Stack>
        </form>
        {checkError && (
          <Alert severity="error" sx={{ mt: 2 }} role="alert">
            {checkError}
          </Alert>
        )}
        {checks && <Review checks={checks} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={send.isPending}>
          {outcomes ? 'Done' : 'Cancel'}
        </Button>
        {checks && ready.length > 0 ? (
          <Button
            variant="contained"
            // After the check, sending is the next step: focus moves there.
            autoFocus
            onClick={() => void sendAll()}
            disabled={send.isPending || Boolean(blocked)}
            startIcon={send.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            Send {ready.length} invitation{ready.length === 1 ? '' : 's'}
          </Button>
        ) : (
          <Button
            type="submit"
            form="invite-form"
            variant="contained"
            disabled={checking}
            startIcon={checking ? <CircularProgress size={16} color="inherit" /> : undefined}
          >
            Check e-mails
          </Button>
        )}
      </DialogActions>
    </FormDialog>
  );
}

function Review({ checks }: { checks: EmailCheck[] }) {
  const problems = checks.filter((c) => c.status !== 'ready').length;
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {problems === 0
          ? 'Every address is ready to invite.'
          : `${problems} of ${checks.length} will not be invited:`}
      </Typography>
      <List dense aria-label="Checked e-mails">
        {checks.map((check, index) => (
          <ListItem
            key={`${check.email}-${index}`}
            secondaryAction={
              <Chip
                size="small"
                label={statusLabel(check)}
                color={check.status === 'ready' ? 'success' : 'warning'}
              />
            }
          >
            <ListItemText
              primary={check.email}
              secondary={check.status === 'ready' ? null : check.reason}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}

function Outcomes({ outcomes }: { outcomes: Outcome[] }) {
  const links = outcomes.flatMap((o) =>
    'invitation' in o ? [`${o.email}: ${o.invitation.url}`] : [],
  );
  return (
    <>
      {links.length > 1 && (
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <CopyButton value={links.join('\n')} label={`Copy all ${links.length} links`} />
        </Stack>
      )}
      <List aria-label="Invitations sent" dense>
        {outcomes.map((outcome) =>
          'invitation' in outcome ? (
            <ListItem key={outcome.email} sx={{ flexWrap: 'wrap', gap: 1 }}>
              <ListItemText
                primary={`Invited ${outcome.email} as ${roleText(outcome.invitation.inviteeRole)}`}
                secondary={`Link expires ${formatDateTime(outcome.invitation.expiresAt)}: ${outcome.invitation.url}`}
                slotProps={{ secondary: { sx: { wordBreak: 'break-all' } } }}
              />
              <CopyButton value={outcome.invitation.url} label="Copy link" />
            </ListItem>
          ) : (
            <ListItem key={outcome.email}>
              <Alert severity="error" sx={{ width: '100%' }}>
                {outcome.email}: {outcome.error}
              </Alert>
            </ListItem>
          ),
        )}
      </List>
    </>
  );
}
