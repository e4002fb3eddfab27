import type { DatasetPermission } from '../api/queries.ts';
import { permissionText } from '../../../lib/permissions.ts';

// What the viewer's permission on a dataset lets them do with its snapshots (fiftyone-api.md
// §14): everyone who can see it reads the history and recalculates the summary; editing samples
// needs EDIT; creating, deleting, reverting and archiving need MANAGE.

export function canManage(permission: DatasetPermission): boolean {
  return permission === 'MANAGE';
}

export function canEdit(permission: DatasetPermission): boolean {
  return permission === 'EDIT' || permission === 'MANAGE';
}

/** Why the managing buttons are missing, in the viewer's terms. */
export function manageReason(datasetName: string, permission: DatasetPermission): string {
  return `Creating, deleting, reverting and archiving snapshots needs Can manage on ${datasetName}; you have ${permissionText(permission)}. Ask an admin or a manager of the dataset.`;
}
