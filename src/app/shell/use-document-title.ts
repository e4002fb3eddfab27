import { useEffect } from 'react';
import { useLocation, useMatches, type Params } from 'react-router';
import { documentTitle, useNamedPageTitle } from '../../lib/page-title.ts';

/** What a route puts in its `handle`: the page's name in the tab title, from the URL's params. */
export interface TitleHandle {
  title: string | ((params: Params) => string);
}

function isTitleHandle(handle: unknown): handle is TitleHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    'title' in handle &&
    (typeof handle.title === 'string' || typeof handle.title === 'function')
  );
}

/**
 * Keeps the browser tab's title on the open page: the name the page gave itself (a user's
 * name), else the deepest route's `handle.title`, then the console's name.
 */
export function useDocumentTitle(): void {
  const matches = useMatches();
  const { pathname } = useLocation();
  const named = useNamedPageTitle(pathname);
  const deepest = [...matches].reverse().find((match) => isTitleHandle(match.handle));
  const handle: unknown = deepest?.handle;
  const routeTitle =
    deepest && isTitleHandle(handle)
      ? typeof handle.title === 'string'
        ? handle.title
        : handle.title(deepest.params)
      : null;
  const title = documentTitle(named ?? routeTitle);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
