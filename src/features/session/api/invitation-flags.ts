import { useQuery } from '@tanstack/react-query';
import { flagsInForce, type FeatureFlags } from './server-status.ts';
import { sessionQueries } from './viewer.ts';

// The server's invitation flags (featureFlag, fiftyone-api.md §15), read from the shell's
// Viewer request, for every place that invites: the users page and a dataset's grant dialog.

/** The flags in force; undefined until the server has said. */
export function useInvitationFlags(): FeatureFlags | undefined {
  const status = useQuery(sessionQueries.serverStatus());
  return status.data ? flagsInForce(status.data) : undefined;
}
