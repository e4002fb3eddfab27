import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { mintToken } from '../ids.ts';
import { userOrPlaceholder } from '../lookup.ts';
import { requireAdmin } from '../rules/permissions.ts';
import { isPending, requireSeat } from '../rules/seats.ts';
import { DAY_MS, isoMicro } from '../time.ts';
import type { InvitationRecord, Role, Store } from '../types.ts';
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
      const { email, role } = args;
      if (!EMAIL_PATTERN.test(email)) fail('BAD_USER_INPUT', `Invalid email address: ${email}`);
      const lower = email.toLowerCase();
      if (ctx.store.users.some((user) => user.email.toLowerCase() === lower)) {
        fail('CONFLICT', `${email} is already a member of the organization`);
      }
      if (pendingInvitations(ctx).some((inv) => inv.email.toLowerCase() === lower)) {
        fail('CONFLICT', `${email} already has a pending invitation`);
      }
      requireSeat(ctx, role);
      const now = ctx.now();
      // An expired invitation to the same address is replaced.
      ctx.store.invitations = ctx.store.invitations.filter(
        (inv) => inv.email.toLowerCase() !== lower,
      );
      const invitation: InvitationRecord = {
        id: ctx.nextId(),
        email,
        role,
        createdAt: isoMicro(now),
        expiresAt: isoMicro(now + INVITATION_LIFETIME_MS),
        inviterId: ctx.viewer.id,
        emailSendAttemptedAt: isoMicro(now),
        emailSentAt: isoMicro(now),
        token: mintToken(ctx.store, now),
        datasetGrants: [],
      };
      ctx.store.invitations.push(invitation);
      return invitation;
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
