import { describe, expect, it } from 'vitest';
import {
  DELETE_INVITATION_QUERY,
  LIST_PENDING_INVITATIONS_QUERY,
  SEND_INVITATION_QUERY,
} from '../sdk-documents.ts';
import {
  createTestEngine,
  data,
  field,
  firstError,
  IDS,
  KEYS,
  like,
  matching,
} from '../test-fixtures.ts';

const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/;

describe('invitation lifecycle', () => {
  it('sends, lists with createdAt, expiresAt 7 days later, url and role, then revokes', async () => {
    const engine = createTestEngine();
    const sent = await data(engine, KEYS.admin, SEND_INVITATION_QUERY, {
      email: 'new.hire@acme.ai',
      role: 'MEMBER',
    });
    const id = field(sent, 'sendUserInvitation', 'id');
    expect(id).toMatch(/^[0-9a-f]{24}$/);

    const listed = await data(engine, KEYS.admin, LIST_PENDING_INVITATIONS_QUERY);
    const invitations = field(listed, 'invitations');
    expect(invitations).toEqual([
      like({ id: IDS.invitation, inviteeEmail: 'pending@acme.ai' }),
      {
        id,
        createdAt: '2026-05-01T12:00:00.000000+00:00',
        expiresAt: '2026-05-08T12:00:00.000000+00:00',
        inviteeEmail: 'new.hire@acme.ai',
        inviteeRole: 'MEMBER',
        url: matching(/^https:\/\/acme\.fiftyone\.ai\/invitations\/accept\?token=[0-9a-f]{32}$/),
      },
    ]);
    // The expired invitation is not pending.
    expect(JSON.stringify(invitations)).not.toContain('expired@acme.ai');

    const full = await data(
      engine,
      KEYS.admin,
      '{ invitations { createdAt expiresAt emailSendAttemptedAt emailSentAt inviter { email } } }',
    );
    for (const invitation of [field(full, 'invitations', '0'), field(full, 'invitations', '1')]) {
      for (const key of ['createdAt', 'expiresAt', 'emailSendAttemptedAt', 'emailSentAt']) {
        expect(field(invitation, key)).toMatch(DATETIME);
      }
      expect(field(invitation, 'inviter', 'email')).toBe('ada.admin@acme.ai');
    }

    expect(await data(engine, KEYS.admin, DELETE_INVITATION_QUERY, { invitationId: id })).toEqual({
      revokeUserInvitation: null,
    });
    const after = await data(engine, KEYS.admin, LIST_PENDING_INVITATIONS_QUERY);
    expect(field(after, 'invitations')).toEqual([like({ id: IDS.invitation })]);
    expect(
      await firstError(engine, KEYS.admin, DELETE_INVITATION_QUERY, { invitationId: id }),
    ).toEqual({
      code: 'NOT_FOUND',
      message: `Invitation not found: ${String(id)}`,
    });
  });

  it('refuses a second invitation and an existing member (any letter case) with CONFLICT', async () => {
    const engine = createTestEngine();
    expect(
      await firstError(engine, KEYS.admin, SEND_INVITATION_QUERY, {
        email: 'Pending@Acme.ai',
        role: 'GUEST',
      }),
    ).toEqual({
      code: 'CONFLICT',
      message: 'Pending@Acme.ai already has a pending invitation',
    });
    expect(
      await firstError(engine, KEYS.admin, SEND_INVITATION_QUERY, {
        email: 'MILO.member@acme.ai',
        role: 'GUEST',
      }),
    ).toEqual({
      code: 'CONFLICT',
      message: 'MILO.member@acme.ai is already a member of the organization',
    });
    expect(engine.store.invitations).toHaveLength(2);
  });

  it('replaces an expired invitation to the same address', async () => {
    const engine = createTestEngine();
    await data(engine, KEYS.admin, SEND_INVITATION_QUERY, {
      email: 'expired@acme.ai',
      role: 'GUEST',
    });
    const toExpired = engine.store.invitations.filter((i) => i.email === 'expired@acme.ai');
    expect(toExpired).toEqual([
      like({ role: 'GUEST', expiresAt: '2026-05-08T12:00:00.000000+00:00' }),
    ]);
  });

  it('refuses an invalid email address', async () => {
    const engine = createTestEngine();
    for (const email of ['not-an-email', 'a@b', 'a b@acme.ai', '']) {
      expect(
        await firstError(engine, KEYS.admin, SEND_INVITATION_QUERY, { email, role: 'MEMBER' }),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        message: `Invalid email address: ${email}`,
      });
    }
    expect(engine.store.invitations).toHaveLength(2);
  });

  it('is admin only, saying why', async () => {
    const engine = createTestEngine();
    for (const [key, role] of [
      [KEYS.member, 'member'],
      [KEYS.collaborator, 'collaborator'],
    ] as const) {
      expect(await firstError(engine, key, LIST_PENDING_INVITATIONS_QUERY)).toEqual({
        code: 'FORBIDDEN',
        message: `Only admins can list invitations; you are signed in as a ${role}`,
      });
      expect(
        await firstError(engine, key, SEND_INVITATION_QUERY, { email: 'x@acme.ai', role: 'GUEST' }),
      ).toEqual({
        code: 'FORBIDDEN',
        message: `Only admins can invite users; you are signed in as a ${role}`,
      });
      expect(
        await firstError(engine, key, DELETE_INVITATION_QUERY, { invitationId: IDS.invitation }),
      ).toEqual({
        code: 'FORBIDDEN',
        message: `Only admins can revoke invitations; you are signed in as a ${role}`,
      });
    }
    expect(engine.store.invitations).toHaveLength(2);
  });

  it('refuses an invitation that needs a seat the licence no longer has, naming the seat', async () => {
    const engine = createTestEngine();
    engine.store.licence.collaborators = 2; // Cleo and the pending collaborator invitation
    const audit = await data(
      engine,
      KEYS.admin,
      '{ usersAudit { collaborators { current remaining } } }',
    );
    expect(audit).toEqual({ usersAudit: { collaborators: { current: 2, remaining: 0 } } });
    const error = await firstError(engine, KEYS.admin, SEND_INVITATION_QUERY, {
      email: 'vendor@partner.io',
      role: 'COLLABORATOR',
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^No collaborator seats left \(2 of 2 used\)/);
    // Other seats are unaffected.
    await data(engine, KEYS.admin, SEND_INVITATION_QUERY, {
      email: 'vendor@partner.io',
      role: 'GUEST',
    });
    expect(engine.store.invitations.map((i) => i.email)).toContain('vendor@partner.io');
  });

  it('answers the web app document with the inviter and __typename', async () => {
    const engine = createTestEngine();
    const result = await data(
      engine,
      KEYS.admin,
      `mutation ($email: String!, $role: UserRole!) {
        sendUserInvitation(email: $email, role: $role) { __typename createdAt expiresAt id inviteeEmail inviteeRole url inviter { name } }
      }`,
      { email: 'web@acme.ai', role: 'GUEST' },
    );
    expect(result.sendUserInvitation).toMatchObject({
      __typename: 'Invitation',
      inviteeRole: 'GUEST',
      inviter: { name: 'Ada Lovelace' },
    });
  });
});
