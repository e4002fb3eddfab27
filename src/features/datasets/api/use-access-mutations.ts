import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../lib/roles.ts';
import { gqlMutation } from '../../../lib/transport.ts';
import { groupQueries } from '../../groups/api/queries.ts';
import { userQueries } from '../../users/api/queries.ts';
import { ownGrantOf, withOwnGrant } from '../components/access-people.ts';
import type { GrantLevel } from '../lib/access-rules.ts';
import {
  RemoveGroupPermissionMutation,
  RemoveUserPermissionMutation,
  SetDefaultPermissionMutation,
  SetGroupPermissionMutation,
  SetUserPermissionMutation,
} from './documents.ts';
import { datasetQueries, type Person } from './queries.ts';
import { type Permission } from '../../../lib/permissions.ts';

// Every grant changes what someone can see: refresh the datasets area, and the users and groups
// pages that list datasets and permissions. An invite-by-grant adds an invitation too.
export function useInvalidateAccess() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: datasetQueries.all() }),
      queryClient.invalidateQueries({ queryKey: userQueries.all() }),
      queryClient.invalidateQueries({ queryKey: groupQueries.all() }),
    ]);
}

export function useSetDefaultPermission(dataset: string) {
  const invalidate = useInvalidateAccess();
  return useMutation({
    mutationFn: ({ permission }: { permission: Permission }) =>
      gqlMutation(SetDefaultPermissionMutation, { identifier: dataset, permission }),
    meta: { action: 'Changing the default access', inlineErrors: true },
    onSuccess: invalidate,
  });
}

/** A grant to a user (by id) or to an e-mail (a user, or someone to invite with `role`). */
export type PersonGrant =
  | { userId: string; permission: Permission }
  | { email: string; permission: GrantLevel; role: Role | null };

export function useSetUserPermission(dataset: string) {
  const invalidate = useInvalidateAccess();
  return useMutation({
    mutationFn: (grant: PersonGrant) =>
      gqlMutation(
        SetUserPermissionMutation,
        'userId' in grant
          ? { identifier: dataset, permission: grant.permission, userId: grant.userId }
          : {
              identifier: dataset,
              permission: grant.permission,
              email: grant.email,
              role: grant.role,
            },
      ),
    meta: { action: 'Changing the access', inlineErrors: true },
    onSuccess: invalidate,
  });
}

/**
 * Changes the own grant of someone the access page lists, in place: the page shows the new
 * level (and what it gives them) before the API answers, and if the API refuses, that one row
 * goes back to the old level (what else changed meanwhile stays). The call site says what
 * failed; everything is read again afterwards either way.
 */
export function useChangeOwnGrant(dataset: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAccess();
  const accessKey = datasetQueries.access(dataset).queryKey;
  return useMutation({
    mutationFn: ({ person, permission }: { person: Person; permission: Permission }) =>
      gqlMutation(SetUserPermissionMutation, {
        identifier: dataset,
        permission,
        userId: person.id,
      }),
    meta: { action: 'Changing the access', inlineErrors: true },
    onMutate: async ({ person, permission }) => {
      // A read already on its way would overwrite the optimistic state with the old one.
      await queryClient.cancelQueries({ queryKey: accessKey });
      const access = queryClient.getQueryData(accessKey);
      if (!access) return undefined;
      const previous = ownGrantOf(access, person.id);
      queryClient.setQueryData(accessKey, withOwnGrant(access, person, permission));
      return { previous };
    },
    onError: (_error, { person, permission }, undo) => {
      if (!undo) return;
      // Only while the row still shows the refused level: a read that landed since (after
      // another change, say) already shows what the API holds.
      queryClient.setQueryData(accessKey, (access) =>
        access && ownGrantOf(access, person.id) === permission
          ? withOwnGrant(access, person, undo.previous)
          : access,
      );
    },
    // Not awaited: the picker answers again at once; the refetch only confirms what it shows.
    onSettled: () => void invalidate(),
  });
}

export function useRemoveUserPermission(dataset: string) {
  const invalidate = useInvalidateAccess();
  return useMutation({
    mutationFn: ({ userId }: { userId: string }) =>
      gqlMutation(RemoveUserPermissionMutation, { identifier: dataset, userId }),
    meta: { action: 'Removing the access', inlineErrors: true },
    onSuccess: invalidate,
  });
}

export function useSetGroupPermission(dataset: string) {
  const invalidate = useInvalidateAccess();
  return useMutation({
    mutationFn: ({ group, permission }: { group: string; permission: Permission }) =>
      gqlMutation(SetGroupPermissionMutation, { identifier: dataset, group, permission }),
    meta: { action: "Changing the group's access", inlineErrors: true },
    onSuccess: invalidate,
  });
}

export function useRemoveGroupPermission(dataset: string) {
  const invalidate = useInvalidateAccess();
  return useMutation({
    mutationFn: ({ group }: { group: string }) =>
      gqlMutation(RemoveGroupPermissionMutation, { identifier: dataset, group }),
    meta: { action: "Removing the group's access", inlineErrors: true },
    onSuccess: invalidate,
  });
}
