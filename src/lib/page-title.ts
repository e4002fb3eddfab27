import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';

// The browser tab names the page ("Users · FiftyOne Admin"). Each route names itself in its
// `handle` (see app/shell/use-document-title.ts); a page about one thing (a user) names that
// thing here once it has loaded, for as long as the page is on that path.

export const APP_NAME = 'FiftyOne Admin';

interface NamedPage {
  pathname: string;
  title: string;
}

let named: NamedPage | null = null;
const listeners = new Set<() => void>();

function setNamed(next: NamedPage | null): void {
  named = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Names the open page in the tab title, e.g. `Ada Lovelace · Users`; undefined while unknown. */
export function usePageTitle(title: string | undefined): void {
  const { pathname } = useLocation();
  useEffect(() => {
    if (!title) return;
    const page = { pathname, title };
    setNamed(page);
    return () => {
      if (named === page) setNamed(null);
    };
  }, [pathname, title]);
}

/** The title the page at `pathname` gave itself, if any. */
export function useNamedPageTitle(pathname: string): string | null {
  const current = useSyncExternalStore(subscribe, () => named);
  return current?.pathname === pathname ? current.title : null;
}

/** `Users` → `Users · FiftyOne Admin`; nothing → the console's name. */
export function documentTitle(pageTitle: string | null | undefined): string {
  return pageTitle ? `${pageTitle} · ${APP_NAME}` : APP_NAME;
}
