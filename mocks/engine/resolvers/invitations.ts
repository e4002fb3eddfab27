import { LIMITS } from '../../../src/lib/limits.ts';
import { requireWithin } from '../rules/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { mintToken } from '../ids.ts';
import { userOrPlaceholder } from '../lookup.ts';
import { requireAdmin } from '../rules/permissions.ts';
import { isPending, requireSeat } from '../rules/seats.ts';
import { DAY_MS, isoMicro } from '../time.ts';
import type { InvitationRecord, Role, Store, UserRecord } from '../types.ts';
import type { ResolverMap } from '../schema.ts';

// Invitations (fiftyone-api.md §3.3, §14): admin only, expire 7 days after they are sent, and
// hold a seat of their role while pending.

/** The SDK's e-mail pattern (`_ROUGH_EMAIL_REGEX`, full match). */
export const EMAIL_PATTERN = /^[A-Za-z0-9._+\-']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
export const INVITATION_LIFETIME_MS = 7 * DAY_MS;

export function invitationUrl(store: Store, invitation: InvitationRecord): string {
  const host = store.organization.name.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `https://${host}.fiftyone.ai/invitations/accept?token=${invitation.token}`;
}

export function pendingInvitations(ctx: Context): InvitationRecord[] {
  const now = ctx.now();
  return ctx.store.invitations.filter((invitation) => isPending(invitation.expiresAt, now));
}

/** The pending invitation to `email` (any letter case), if there is one. */
export function pendingInvitationTo(ctx: Context, email: string): InvitationRecord | undefined {
  const lower = email.toLowerCase();
  return pendingInvitations(ctx).find((inv) => inv.email.toLowerCase() === lower);
}

/** The server refuses every invitation while the organization has invitations turned off. */
export function requireInvitationsEnabled(ctx: Context): void {
  if (!ctx.store.featureFlag.invitationsEnabled) {
    fail('FORBIDDEN', 'Invitations are disabled for this organization');
  }
}

/**
 * Sends a new invitation (the caller has checked the address, duplicates and the seat). An
 * expired invitation to the same address is replaced. Invite-by-grant passes the dataset grants
 * that apply when the invitation is accepted.
 */
export function createInvitation(
  ctx: Context,
  email: string,
  role: Role,
  datasetGrants: InvitationRecord['datasetGrants'],
): InvitationRecord {
  requireInvitationsEnabled(ctx);
  const now = ctx.now();
  const lower = email.toLowerCase();
  ctx.store.invitations = ctx.store.invitations.filter((inv) => inv.email.toLowerCase() !== lower);
  // With invitation e-mails off the invitation is created but nobody is mailed: its link must be
  // shared by hand (fiftyone-api.md §15).
  const mailedAt = ctx.store.featureFlag.invitationEmailsEnabled ? isoMicro(now) : null;
  const invitation: InvitationRecord = {
    id: ctx.nextId(),
    email,
    role,
    createdAt: isoMicro(now),
    expiresAt: isoMicro(now + INVITATION_LIFETIME_MS),
    inviterId: ctx.viewer.id,
    emailSendAttemptedAt: mailedAt,
    emailSentAt: mailedAt,
    token: mintToken(ctx.store, now),
    datasetGrants,
  };
  ctx.store.invitations.push(invitation);
  return invitation;
}

/**
 * What happens when the invitee follows the link (outside the management API): they become a
 * user with the invitation's role, and its dataset grants apply. Tests use it to show that an
 * invite-by-grant does grant.
 */
export function acceptInvitation(
  store: Store,
  invitationId: string,
  person: { id: string; name: string; createdAt: string },
): UserRecord {
  const invitation = store.invitations.find((inv) => inv.id === invitationId);
  if (!invitation) throw new Error(`No invitation ${invitationId}`);
  const user: UserRecord = {
    id: person.id,
    email: invitation.email,
    name: person.name,
    role: invitation.role,
    picture: null,
    createdAt: person.createdAt,
  };
  store.users.push(user);
  for (const grant of invitation.datasetGrants) {
    const dataset = store.datasets.find((d) => d.id === grant.datasetId);
    if (dataset) dataset.userGrants[user.id] = grant.permission;
  }
  store.invitations = store.invitations.filter((inv) => inv.id !== invitationId);
  return user;
}

export const invitationResolvers: ResolverMap = {
  Query: {
    invitations: (_: unknown, _args: unknown, ctx: Context) => {
      requireAdmin(ctx, 'list invitations');
      return pendingInvitations(ctx);
    },
  },
  Mutation: {
    sendUserInvitation: (_: unknown, args: { email: string; role: Role }, ctx: Context) => {
      requireAdmin(ctx, 'invite users');
      requireInvitationsEnabled(ctx);
      const { email, role } = args;
      requireWithin('email', email, LIMITS.email);
      if (!EMAIL_PATTERN.test(email)) fail('BAD_USER_INPUT', `Invalid email address: ${email}`);
      const lower = email.toLowerCase();
      if (ctx.store.users.some((user) => user.email.toLowerCase() === lower)) {
        fail('CONFLICT', `${email} is already a member of the organization`);
      }
      if (pendingInvitations(ctx).some((inv) => inv.email.toLowerCase() === lower)) {
        fail('CONFLICT', `${email} already has a pending invitation`);
      }
      requireSeat(ctx, role);
      return createInvitation(ctx, email, role, []);
    },
    revokeUserInvitation: (_: unknown, args: { invitationId: string }, ctx: Context) => {
      requireAdmin(ctx, 'revoke invitations');
      const index = ctx.store.invitations.findIndex((inv) => inv.id === args.invitationId);
      if (index < 0) fail('NOT_FOUND', `Invitation not found: ${args.invitationId}`);
      ctx.store.invitations.splice(index, 1);
      return null;
    },
  },
  Invitation: {
    inviteeEmail: (invitation: InvitationRecord) => invitation.email,
    inviteeRole: (invitation: InvitationRecord) => invitation.role,
    url: (invitation: InvitationRecord, _args: unknown, ctx: Context) =>
      invitationUrl(ctx.store, invitation),
    inviter: (invitation: InvitationRecord, _args: unknown, ctx: Context) =>
      userOrPlaceholder(ctx.store, invitation.inviterId),
  },
};
