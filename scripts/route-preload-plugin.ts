// The build's route preloader (issue 14). A page's code is a lazy chunk that the router asks for
// only once the framework has downloaded and run (~0.3–0.4 s in), and its few dozen small
// dependencies then queue behind each other on the browser's six connections per host, with the
// page's first GraphQL request behind them. This plugin writes a tiny classic script, loaded
// from index.html before its module scripts, that reads the address at once and adds a <link rel="modulepreload">
// for the page's chunk, its dependencies and its prefetch module: they download beside the
// framework instead of after it.
//
// The routes come from src/app/router.tsx (each `path` with its `page` and `prefetchModule`
// imports). The build fails if that file no longer reads as expected, rather than silently
// losing the preload.
//
// With `earlyStart` (the real-deployment build), the same script also starts the first load's
// requests before the framework: for each route, a small module script made here runs
// `startEarly` (src/app/early-start.ts) with the route's first request, read from the
// `first-request.ts` beside its prefetch module when there is one (the Viewer request alone
// otherwise). The build fails if such a script would load the framework or the app's entry.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

interface RouteImports {
  /** The route's path in router.tsx ('' for the start page). */
  path: string;
  /** Absolute paths of the modules the route imports lazily (its page, its prefetch module). */
  modules: string[];
  /** The route's framework-free first request (`first-request.ts` beside its prefetch module). */
  firstRequest: string | null;
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
    const prefetch = of('prefetchModule')[0];
    const modules = [...of('prefetchModule'), ...of('page')];
    const beside = prefetch ? resolve(dirname(prefetch), 'first-request.ts') : null;
    const firstRequest = beside && existsSync(beside) ? beside : null;
    if (modules.length > 0) routes.push({ path: match[1] ?? '', modules, firstRequest });
  });
  const start = /index: true,[\s\S]*?lazy: \(\) => import\('([^']+)'\)/.exec(source);
  if (start?.[1]) routes.push({ path: '', modules: [resolve(dir, start[1])], firstRequest: null });
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
  // The first load's requests first: their small script (and what it imports, at once rather
  // than as it finds them), then the page's code.
  var early = best[3] || [];
  for (var j = 0; j < early.length + best[2].length; j++) {
    var file = j < early.length ? early[j] : best[2][j - early.length];
    var tag = document.createElement(j === 0 && early.length > 0 ? 'script' : 'link');
    if (tag.tagName === 'SCRIPT') {
      tag.type = 'module';
      tag.src = new URL(table.files[file], document.baseURI).href;
    } else {
      tag.rel = 'modulepreload';
      tag.href = new URL(table.files[file], document.baseURI).href;
    }
    document.head.appendChild(tag);
  }
})();
`;

const EARLY_PREFIX = '\0early-start:';

export function routePreload({
  routerFile,
  earlyStart,
}: {
  routerFile: string;
  /** src/app/early-start.ts, to send the first load's requests before the framework; or none. */
  earlyStart?: string;
}): Plugin {
  // The early scripts' virtual modules, by id: the route's first-request module or null.
  const earlyModules = new Map<string, string | null>();
  const earlyRefs = new Map<string, string>();
  const earlyIdOf = (firstRequest: string | null) =>
    `${EARLY_PREFIX}${firstRequest ? basename(dirname(dirname(firstRequest))) : 'viewer'}`;
  return {
    name: 'route-preload',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      if (!earlyStart) return;
      for (const route of readRoutes(routerFile)) {
        const id = earlyIdOf(route.firstRequest);
        if (earlyModules.has(id)) continue;
        earlyModules.set(id, route.firstRequest);
        const name = `early-${id.slice(EARLY_PREFIX.length)}`;
        earlyRefs.set(id, this.emitFile({ type: 'chunk', id, name }));
      }
    },
    resolveId(id) {
      return earlyModules.has(id) ? id : null;
    },
    load(id) {
      if (!earlyModules.has(id) || !earlyStart) return null;
      const firstRequest = earlyModules.get(id);
      return firstRequest
        ? `import { startEarly } from ${JSON.stringify(earlyStart)};\nimport * as page from ${JSON.stringify(firstRequest)};\nstartEarly(page);\n`
        : `import { startEarly } from ${JSON.stringify(earlyStart)};\nstartEarly(null);\n`;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (file: string, into: string[], skip: Set<string>) => {
        if (skip.has(file) || into.includes(file)) return;
        into.push(file);
        for (const next of byFile.get(file)?.imports ?? []) closure(next, into, skip);
      };
      const isEarly = (chunk: { facadeModuleId: string | null }) =>
        chunk.facadeModuleId?.startsWith(EARLY_PREFIX) ?? false;
      // What index.html already loads: never listed again.
      const initial: string[] = [];
      for (const chunk of chunks) {
        if (chunk.isEntry && !isEarly(chunk)) closure(chunk.fileName, initial, new Set());
      }
      const loaded = new Set(initial);
      if (process.env.EARLY_DEBUG)
        for (const f of initial) {
          const c = byFile.get(f);
          for (const [m, info] of Object.entries(c?.modules ?? {}))
            console.log(
              'MOD',
              f.replace(/-[\w-]{8}\.js/, ''),
              info.renderedLength,
              m.replace(/.*node_modules\//, 'nm/').replace('/work/main/', ''),
            );
        }
      // The early scripts must run before the framework: none may load it or the app's entry.
      for (const [id, ref] of earlyRefs) {
        const reached: string[] = [];
        closure(this.getFileName(ref), reached, new Set());
        const heavy = reached.filter((file) => {
          const chunk = byFile.get(file);
          return chunk?.name === 'framework' || (chunk?.isEntry && !isEarly(chunk));
        });
        if (heavy.length > 0) {
          if (process.env.EARLY_DEBUG) {
            for (const f of reached)
              console.log(
                id,
                f,
                Object.keys(byFile.get(f)?.modules ?? {})
                  .slice(0, 8)
                  .join(' '),
              );
            continue;
          }
          throw new Error(
            `route-preload: the early script ${id.slice(1)} loads ${heavy.join(', ')}: keep src/app/early-start.ts and the first-request modules framework-free.`,
          );
        }
      }

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
      const table: ([string, number, number[]] | [string, number, number[], number[]])[] = [];
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
        const ref = earlyRefs.get(earlyIdOf(route.firstRequest));
        if (!ref) {
          table.push([pattern.source, pattern.wildcards, own.map(indexOf)]);
          continue;
        }
        // The early script, then the files it imports that index.html does not load.
        const early: string[] = [];
        closure(this.getFileName(ref), early, loaded);
        const rest = own.filter((file) => !early.includes(file));
        table.push([pattern.source, pattern.wildcards, rest.map(indexOf), early.map(indexOf)]);
      }
      // Without its comment lines and indentation: it is part of every page's first bytes.
      const source = RUNTIME.replace(/^\s*\/\/.*\n/gm, '').replace(/\n\s+/g, '\n');
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      const fileName = `assets/route-preload-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source });
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
    <script src="./${fileName}"></script>
    ${html.source.slice(firstModule)}`;
    },
  };
}
