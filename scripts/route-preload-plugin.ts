// The build's route preloader (issue 14). A page's code is a lazy chunk that the router asks for
// only once the framework has downloaded and run (~0.3–0.4 s in), and its few dozen small
// dependencies then queue behind each other on the browser's six connections per host, with the
// page's first GraphQL request behind them. This plugin writes a tiny classic script, loaded
// `async` from index.html, that reads the address at once and adds a <link rel="modulepreload">
// for the page's chunk, its dependencies and its prefetch module: they download beside the
// framework instead of after it.
//
// The routes come from src/app/router.tsx (each `path` with its `page` and `prefetchModule`
// imports). The build fails if that file no longer reads as expected, rather than silently
// losing the preload.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

interface RouteImports {
  /** The route's path in router.tsx ('' for the start page). */
  path: string;
  /** Absolute paths of the modules the route imports lazily (its page, its prefetch module). */
  modules: string[];
}

/** Every route of router.tsx with the modules it loads lazily. */
export function readRoutes(routerFile: string): RouteImports[] {
  const source = readFileSync(routerFile, 'utf8');
  const dir = dirname(routerFile);
  const routes: RouteImports[] = [];
  // Each `path: '…'` up to the next one: its `page:` and `prefetchModule:` imports.
  const starts = [...source.matchAll(/path: '([^']*)'/g)];
  starts.forEach((match, index) => {
    const end = starts[index + 1]?.index ?? source.length;
    const block = source.slice(match.index, end);
    // The prefetch module first: it starts the page's request, which must not queue behind the
    // page's code on the browser's six connections.
    const of = (key: string) =>
      [...block.matchAll(new RegExp(`${key}: \\(\\) => import\\('([^']+)'\\)`, 'g'))].map((m) =>
        resolve(dir, m[1] ?? ''),
      );
    const modules = [...of('prefetchModule'), ...of('page')];
    if (modules.length > 0) routes.push({ path: match[1] ?? '', modules });
  });
  const start = /index: true,[\s\S]*?lazy: \(\) => import\('([^']+)'\)/.exec(source);
  if (start?.[1]) routes.push({ path: '', modules: [resolve(dir, start[1])] });
  return routes;
}

/** A router path as a regular expression over the address's path below the base, and how specific it is. */
function patternOf(path: string): { source: string; wildcards: number } | null {
  if (path === '*') return null; // "not found": nothing worth loading ahead
  let wildcards = 0;
  const parts = path.split('/').map((segment) => {
    if (segment === '*') {
      wildcards += 10;
      return '.*';
    }
    if (segment.startsWith(':')) {
      wildcards += 1;
      return '[^/]+';
    }
    return segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  });
  const joined = parts.join('/').replace(/\/\.\*$/, '(?:/.*)?');
  return { source: `^${joined}$`, wildcards };
}

// Runs in the browser before the framework: plain ES5, no module syntax. The table is JSON data
// in index.html (a data block: not script, so the page's CSP has nothing to allow), written
// before this script's tag, so it is parsed by the time this runs.
const RUNTIME = `(function () {
  var data = document.getElementById('route-preload');
  if (!data) return;
  var table = JSON.parse(data.textContent);
  var hash = location.hash;
  var path;
  if (hash.indexOf('#/') === 0) path = hash.slice(2).split('?')[0];
  else {
    var base = new URL(document.baseURI).pathname;
    path = location.pathname;
    if (path.indexOf(base) !== 0) return;
    path = path.slice(base.length);
  }
  path = path.replace(/\\/+$/, '');
  var best = null;
  for (var i = 0; i < table.routes.length; i++) {
    var route = table.routes[i];
    if (new RegExp(route[0]).test(path) && (!best || route[1] < best[1])) best = route;
  }
  if (!best) return;
  for (var j = 0; j < best[2].length; j++) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(table.files[best[2][j]], document.baseURI).href;
    document.head.appendChild(link);
  }
})();
`;

export function routePreload({ routerFile }: { routerFile: string }): Plugin {
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, into: string[], skip: Set<string>) => {
        if (skip.has(file) || into.includes(file)) return;
        into.push(file);
        for (const next of byFile.get(file)?.imports ?? []) closure(next, into, skip);
      };
      // What index.html already loads: never listed again.
      const initial: string[] = [];
      for (const chunk of chunks) if (chunk.isEntry) closure(chunk.fileName, initial, new Set());
      const loaded = new Set(initial);

      const routes = readRoutes(routerFile);
      if (routes.length < 10) {
        throw new Error(
          `route-preload: read only ${routes.length} routes from ${routerFile}; update scripts/route-preload-plugin.ts to its new shape.`,
        );
      }
      // Each file once; a route lists its files by index (the table is ~4× smaller so).
      const files: string[] = [];
      const indexOf = (file: string) => {
        const at = files.indexOf(file);
        return at >= 0 ? at : files.push(file) - 1;
      };
      const table: [string, number, number[]][] = [];
      for (const route of routes) {
        const pattern = patternOf(route.path);
        if (!pattern) continue;
        const own: string[] = [];
        for (const module of route.modules) {
          const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === module);
          if (!chunk) {
            throw new Error(`route-preload: no chunk for ${module} (route "${route.path}").`);
          }
          closure(chunk.fileName, own, loaded);
        }
        table.push([pattern.source, pattern.wildcards, own.map(indexOf)]);
      }
      const hash = createHash('sha256').update(RUNTIME).digest('base64url').slice(0, 8);
      const fileName = `assets/route-preload-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source: RUNTIME });
      // `<` escaped: the data cannot close its own element.
      const json = JSON.stringify({ files, routes: table }).replace(/</g, '\\u003c');

      const html = bundle['index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') {
        throw new Error('route-preload: index.html is not in the bundle.');
      }
      const firstModule = html.source.indexOf('<script type="module"');
      if (firstModule < 0) throw new Error('route-preload: index.html has no module script.');
      // Relative, as every asset URL of the build: resolved against <base href> or the page.
      html.source = `${html.source.slice(0, firstModule)}<script type="application/json" id="route-preload">${json}</script>
    <script async src="./${fileName}"></script>
    ${html.source.slice(firstModule)}`;
    },
  };
}
