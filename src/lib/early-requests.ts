import type { DocumentNode } from '@0no-co/graphql.web';
import { apiEndpoint, getConnection } from './connection.ts';

// A first load's requests, sent before the framework has downloaded and run (issue 14). A tiny
// script that the build's route preloader starts (src/app/early-start.ts) sends the shell's Viewer
// request and the page's first request at once (lib/early-send.ts); when the app then asks for
// the same document with the same variables, on the same connection, the transport takes the
// answer already on its way (`takeEarly`) instead of asking again. Framework-free, and split so
// that the app's start-up loads only this half.

/** A request as the app's query sends it: its document and variables (built by the same code). */
export interface FirstRequest {
  document: DocumentNode;
  variables: object;
}

/** A request sent early: found again by its document, variables and connection. */
export interface Sent {
  document: DocumentNode;
  variables: string;
  url: string;
  apiKey: string;
  response: Promise<Response>;
  sentAt: number;
}

// An answer not asked for within this time is dropped (the app would ask again).
const KEEP_MS = 10_000;

/** What was sent early and not yet taken (lib/early-send.ts adds to it). */
export const sent: Sent[] = [];
// Once the app asks for anything, it sends its own requests: nothing more is sent early.
let appStarted = false;

export function hasAppStarted(): boolean {
  return appStarted;
}

/**
 * The answer to the same request sent early on this connection, once; null if there is none.
 * Any call means the app has started: nothing more is sent early after it.
 */
export function takeEarly(document: DocumentNode, variables: object): Promise<Response> | null {
  appStarted = true;
  const connection = getConnection();
  if (!connection || sent.length === 0) return null;
  const url = apiEndpoint(connection, 'graphql/v1');
  const json = JSON.stringify(variables);
  const now = Date.now();
  const at = sent.findIndex(
    (early) =>
      early.document === document &&
      early.variables === json &&
      early.url === url &&
      early.apiKey === connection.apiKey &&
      now - early.sentAt < KEEP_MS,
  );
  if (at < 0) return null;
  const [early] = sent.splice(at, 1);
  return early?.response ?? null;
}
