import { zodResolver } from '@hookform/resolvers/zod';
import {
  DialogContent,
  DialogTitle,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { FormDialog } from '../../../components/form/form-dialog.tsx';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { FormDialogActions } from '../../../components/form/dialog-actions.tsx';
import { isRole, ROLE_LABELS, ROLES, roleLabel, type Role } from '../../../lib/roles.ts';
import { useInvitationFlags } from '../../session/api/invitation-flags.ts';
import { userQueries } from '../../users/api/queries.ts';
import { EMAIL_PATTERN, personGrantSchema, type PersonGrantForm } from '../api/grant-schema.ts';
import type { Person } from '../api/queries.ts';
import { useSetUserPermission } from '../api/use-access-mutations.ts';
import { invitationRoleFor, rank, roleCap, type GrantLevel } from '../lib/access-rules.ts';
import { grantSubmit, GrantFormError, GrantPermissionField } from './grant-form.tsx';
import { PersonField } from './person-field.tsx';
import { permissionText } from '../../../lib/permissions.ts';

/**
 * set_dataset_user_permission(): grant someone access, or invite an e-mail that is no user yet
 * (the dialog says which role the invitation carries; the access applies once they accept).
 */
export function AddPersonDialog({
  dataset,
  admin,
  excludeIds,
  onClose,
}: {
  dataset: string;
  /** Admins can search every user; managers pick from people they know or type an e-mail. */
  admin: boolean;
  /** People who already have a grant of their own (changed in the table instead). */
  excludeIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const titleId = useId();
  const grant = useSetUserPermission(dataset);
  const {
    control,
    handleSubmit,
    setValue,
    setError,
    getValues,
    formState: { errors },
  } = useForm<PersonGrantForm>({
    resolver: zodResolver(personGrantSchema),
    defaultValues: {
      who: '',
      userId: null,
      personRole: null,
      permission: 'VIEW',
      inviteRole: 'GUEST',
    },
  });
  const [who, userId, personRole, permission, inviteRole] = useWatch({
    control,
    name: ['who', 'userId', 'personRole', 'permission', 'inviteRole'],
  });
  const typedEmail = userId === null && EMAIL_PATTERN.test(who.trim()) ? who.trim() : null;
  // An admin can tell whether a typed e-mail is already someone in the organization.
  const found = useQuery({
    ...userQueries.lookup(typedEmail ?? ''),
    enabled: admin && !!typedEmail,
  });
  const mayInvite = useInvitationFlags()?.invitationsEnabled ?? true;
  const newcomer = typedEmail !== null && (!admin || (found.isSuccess && !found.data));
  const inviting = newcomer && mayInvite;
  // With invitations off (featureFlag) only people already in the organization can be added:
  // an admin sees that a typed e-mail is nobody's; a manager cannot tell, so the server decides.
  const cannotInvite = newcomer && !mayInvite;

  // A typed e-mail that is someone in the organization is that person (their role caps the level).
  useEffect(() => {
    if (!typedEmail || !found.data) return;
    setValue('userId', found.data.id);
    setValue('personRole', found.data.role);
  }, [typedEmail, found.data, setValue]);

  // The invitation's role follows the level (the least role that can hold it) until the person
  // picks one; a chosen role that cannot hold a higher level gives way again.
  const roleChosen = useRef(false);
  useEffect(() => {
    const current = getValues('inviteRole');
    if (roleChosen.current && rank(roleCap(current)) >= rank(permission)) return;
    roleChosen.current = false;
    setValue('inviteRole', invitationRoleFor(permission));
  }, [permission, getValues, setValue]);

  const submit = grantSubmit({
    handleSubmit,
    setError,
    send: async (values) => {
      const request =
        values.userId !== null
          ? { userId: values.userId, permission: values.permission }
          : mayInvite
            ? { email: values.who, permission: values.permission, role: values.inviteRole }
            : { email: values.who, permission: values.permission, role: null };
      await grant.mutateAsync(request);
      return 'email' in request
        ? `${values.who} can ${verb(values.permission)} ${dataset} once they accept the invitation.`
        : `${values.who} can now ${verb(values.permission)} ${dataset}.`;
    },
    onClose,
  });

  const roleForCaps: Role | null = userId !== null ? personRole : null;
  return (
    <FormDialog
      open
      onClose={grant.isPending ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Add a person to {dataset}</DialogTitle>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <Controller
              control={control}
              name="who"
              render={({ fieldState }) => (
                <PersonField
                  label="Person"
                  admin={admin}
                  autoFocus
                  value={
                    userId !== null && personRole
                      ? { id: userId, email: who, name: who, role: personRole }
                      : null
                  }
                  inputValue={who}
                  excludeIds={excludeIds}
                  onChange={(person: Person | null) => {
                    setValue('userId', person?.id ?? null);
                    setValue('personRole', person?.role ?? null);
                    if (person) setValue('who', person.email, { shouldValidate: true });
                  }}
                  onInputChange={(text) => setValue('who', text)}
                  error={Boolean(fieldState.error) || (cannotInvite && admin)}
                  helperText={
                    fieldState.error?.message ??
                    (cannotInvite ? notInvitableText(who.trim(), admin) : null) ??
                    (personRole
                      ? `In the organization as ${article(personRole)} ${ROLE_LABELS[personRole]}.`
                      : mayInvite
                        ? 'Choose someone, or type the e-mail address of someone to invite.'
                        : 'Choose someone in the organization, or type their e-mail address.')
                  }
                />
              )}
            />
            <GrantPermissionField
              control={control}
              holderRole={roleForCaps}
              hint={
                roleForCaps
                  ? `A ${ROLE_LABELS[roleForCaps].toLowerCase()} can have at most ${permissionText(roleCap(roleForCaps))}.`
                  : undefined
              }
            />
            {inviting && (
              <Controller
                control={control}
                name="inviteRole"
                render={({ field, fieldState }) => (
                  <TextField
                    select
                    label="Invite as"
                    value={field.value}
                    onChange={(event) => {
                      if (!isRole(event.target.value)) return;
                      roleChosen.current = true;
                      field.onChange(event.target.value);
                    }}
                    inputRef={field.ref}
                    slotProps={{ select: { renderValue: roleLabel } }}
                    error={Boolean(fieldState.error)}
                    helperText={
                      fieldState.error?.message ??
                      (admin
                        ? `${who.trim()} is not in the organization yet: they are invited as ${article(inviteRole)} ${ROLE_LABELS[inviteRole]}, and get ${permissionText(permission)} once they accept.`
                        : `If ${who.trim()} is not in the organization yet, they are invited as ${article(inviteRole)} ${ROLE_LABELS[inviteRole]} and get ${permissionText(permission)} once they accept.`)
                    }
                    fullWidth
                  >
                    {ROLES.filter((role) => admin || role !== 'ADMIN').map((role) => {
                      const tooLow = rank(roleCap(role)) < rank(permission);
                      return (
                        <MenuItem key={role} value={role} disabled={tooLow}>
                          <ListItemText
                            primary={ROLE_LABELS[role]}
                            secondary={
                              tooLow
                                ? `${ROLE_LABELS[role]}s can have at most ${permissionText(roleCap(role))}`
                                : undefined
                            }
                          />
                        </MenuItem>
                      );
                    })}
                  </TextField>
                )}
              />
            )}
            <GrantFormError message={errors.root?.message} />
          </Stack>
        </DialogContent>
        <FormDialogActions
          onCancel={onClose}
          pending={grant.isPending}
          submitLabel={admin && inviting ? 'Invite and grant' : 'Grant access'}
          submitDisabled={cannotInvite && admin}
        />
      </form>
    </FormDialog>
  );
}

/** Why an e-mail that is nobody in the organization cannot be added while invitations are off. */
function notInvitableText(email: string, admin: boolean): string {
  return admin
    ? `${email} is not in the organization, and invitations are turned off for this organization: only people already in it can be given access.`
    : `Invitations are turned off for this organization: this works only if ${email} is already in it.`;
}

function verb(level: GrantLevel): string {
  return permissionText(level).replace(/^Can /, '');
}

function article(role: Role): string {
  return role === 'ADMIN' ? 'an' : 'a';
}
