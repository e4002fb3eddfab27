// Where the console is served: '/' or a sub-path such as '/admin' on the same host as the
// FiftyOne app. The real build's index.html carries <base href="/">, which the server rewrites
// to the base path (deploy/nginx); asset URLs are relative to it, and the router takes it as its
// basename, so links, deep links and reloads stay under the sub-path. Without a <base> element
// (the dev server, the demo's hash routes) the console is at the root.

/** The router's basename: the <base href>'s path without its trailing slash, or '/'. */
export function routerBasename(doc: Document = document): string {
  const base = doc.querySelector('base[href]');
  if (!(base instanceof HTMLBaseElement)) return '/';
  return new URL(base.href).pathname.replace(/\/+$/, '') || '/';
}
