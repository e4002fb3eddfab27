import { ViewerWithServerStatusQuery } from '../features/session/api/server-status.ts';
import type { FirstRequest } from '../lib/early-requests.ts';
import { sendEarly } from '../lib/early-send.ts';
import { featuresOf, PUBLISHED_FEATURES, type ServerFeatures } from '../lib/server-features.ts';

/** A list page's `first-request.ts`: the document and variables its query will send first. */
export interface FirstRequestModule {
  firstRequest: (url: URL, features: ServerFeatures) => FirstRequest | null;
  /** The document depends on what the server offers: sent once the early Viewer answer says. */
  needsFeatures?: boolean;
}

/**
 * A first load's requests, before the framework: the shell's Viewer request and, on a list page,
 * the page's first request. Run by the small script the route preloader adds for the address
 * (scripts/route-preload-plugin.ts); the transport adopts the answers (lib/early-requests.ts).
 * Only the real deployment's build has that script: the demo's mock API starts with the app.
 */
export function startEarly(page: FirstRequestModule | null): void {
  const viewer = sendEarly({ document: ViewerWithServerStatusQuery, variables: {} });
  if (!page) return;
  const url = new URL(globalThis.location.href);
  const send = (features: ServerFeatures) => {
    const request = page.firstRequest(url, features);
    if (request) void sendEarly(request);
  };
  if (!page.needsFeatures) {
    send(PUBLISHED_FEATURES);
    return;
  }
  // The features as the shell reads them from the same answer (features/session/api/viewer.ts);
  // an answer with errors is left to the app, which knows what they mean.
  viewer
    ?.then((response) => (response.ok ? response.clone().json() : null))
    .then((body: unknown) => {
      if (typeof body !== 'object' || body === null || 'errors' in body || !('data' in body))
        return;
      send(featuresOf(body.data));
    })
    .catch(() => undefined);
}
