import { graphql, type ResultOf } from '../../../lib/graphql.ts';

// What the server says about the session besides who is signed in (fiftyone-api.md §15): its
// feature flags and the viewer's unread global notifications (licence expiry, seat compliance).
// They travel in the shell's one `Viewer` request, so no page view pays a request for them, as
// does what the server offers beyond the published schema (`__type`, lib/server-features.ts).
export const ViewerWithServerStatusQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
    }
    featureFlag {
      invitationsEnabled
      invitationEmailsEnabled
    }
    notifications(filter: { kinds: [GLOBAL], read: false }) {
      code
      level
      title
      details
    }
    orchestrator: __type(name: "Orchestrator") {
      fields {
        name
      }
    }
    plugin: __type(name: "Plugin") {
      fields {
        name
      }
    }
    snapshot: __type(name: "DatasetSnapshot") {
      fields {
        name
      }
    }
    mutation: __type(name: "Mutation") {
      fields {
        name
        args {
          name
        }
      }
    }
  }
`);

type Answer = ResultOf<typeof ViewerWithServerStatusQuery>;
export type FeatureFlags = Answer['featureFlag'];
export type ServerNotification = Answer['notifications'][number];

export interface ServerStatus {
  /** null: the server predates feature flags (everything on, as before them). */
  featureFlag: FeatureFlags | null;
  notifications: readonly ServerNotification[];
}

/** What an older server, without these fields, means: invitations and their e-mails work. */
export const STATUS_OF_OLDER_SERVER: ServerStatus = { featureFlag: null, notifications: [] };

/** The flags in force: an older server has invitations and their e-mails on. */
export function flagsInForce(status: ServerStatus): FeatureFlags {
  return status.featureFlag ?? { invitationsEnabled: true, invitationEmailsEnabled: true };
}
