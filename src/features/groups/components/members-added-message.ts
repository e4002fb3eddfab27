import type { Notification } from '../../../lib/notifications.ts';
import type { MembersAdded } from '../api/use-group-mutations.ts';

/**
 * What an "Add members" said happened: who joined, and who was there already. A call that
 * added nobody says that nothing changed instead of "added".
 */
export function membersAddedMessage(
  groupName: string,
  { added, alreadyMembers }: MembersAdded,
  nameOf: (id: string) => string,
): { message: string; severity: Notification['severity'] } {
  const already =
    alreadyMembers.length === 1
      ? `${nameOf(alreadyMembers[0] ?? '')} was already a member.`
      : `${alreadyMembers.length} were already members.`;
  if (added.length === 0) {
    return {
      message:
        alreadyMembers.length === 1
          ? `${nameOf(alreadyMembers[0] ?? '')} is already in ${groupName}: nothing changed.`
          : `All ${alreadyMembers.length} are already in ${groupName}: nothing changed.`,
      severity: 'info',
    };
  }
  const joined =
    added.length === 1
      ? `${nameOf(added[0] ?? '')} added to ${groupName}.`
      : `${added.length} people added to ${groupName}.`;
  return {
    message: alreadyMembers.length > 0 ? `${joined} ${already}` : joined,
    severity: 'success',
  };
}
