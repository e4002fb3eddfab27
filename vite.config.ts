import {
  createReadStream,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { routePreload } from './scripts/route-preload-plugin.ts';
import { themeStyleSheet } from './scripts/theme-css-plugin.ts';

// Modes:
// - `demo` (npm run demo, npm run build:demo): the console on its embedded mock API, as a static
//   site (hash routes, relative base) servable from any static host.
// - `development` (npm run dev): the mock too, unless FIFTYONE_API_URI points at a real deployment.
// - `production` (npm run build): a real deployment; no mock code, no service worker.
export default defineConfig(({ mode }) => {
  const apiUri = process.env.FIFTYONE_API_URI?.replace(/\/+$/, '');
  const mock = mode === 'demo' || (mode === 'development' && !apiUri);
  // The deploy/ nginx proxies the API on the console's own host, with FIFTYONE_API_URI given at
  // run time; CONSOLE_API_PROXIED=1 tells a build made for it (deploy/Dockerfile).
  const apiProxied = Boolean(apiUri) || process.env.CONSOLE_API_PROXIED === '1';
  const proxy: Record<string, ProxyOptions> | undefined = apiUri
    ? Object.fromEntries(
        ['/graphql/v1', '/health', '/file'].map((path) => [
          path,
          { target: apiUri, changeOrigin: true, secure: true },
        ]),
      )
    : undefined;

  return {
    // Relative asset URLs: the demo runs from any folder; the real build from any base path,
    // resolved against the <base href> that its server fills in (see baseHref()).
    base: mode === 'demo' || mode === 'production' ? './' : '/',
    plugins: [
      react(),
      // The theme's CSS variables as a style sheet, not serialised at start-up by the browser.
      themeStyleSheet({ themeFile: fileURLToPath(new URL('./src/app/theme.ts', import.meta.url)) }),
      precompressedAssets(),
      // Each page's code starts downloading with the framework, not after it has run
      // (CONSOLE_ROUTE_PRELOAD=0 builds without, for the bench's A/B).
      ...(process.env.CONSOLE_ROUTE_PRELOAD === '0'
        ? []
        : [
            routePreload({
              routerFile: fileURLToPath(new URL('./src/app/router.tsx', import.meta.url)),
            }),
          ]),
      ...(mock ? [] : [withoutMockWorker()]),
      ...(mode === 'production' ? [baseHref()] : []),
    ],
    define: {
      'import.meta.env.VITE_MOCK': JSON.stringify(mock),
      'import.meta.env.VITE_API_PROXY': JSON.stringify(apiProxied),
    },
    build: {
      // DEMO_OUT_DIR lets parallel e2e runs build their own copies.
      outDir: mode === 'demo' ? (process.env.DEMO_OUT_DIR ?? 'dist-demo') : 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 900,
      // Every browser the console supports preloads modules natively.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            // What every page needs at start, in one chunk rather than a dozen small ones.
            groups: [{ name: 'framework', test: (id: string) => isFramework(id) }],
          },
        },
      },
    },
    server: { proxy },
    preview: {
      proxy,
      headers: mode === 'demo' ? undefined : securityHeaders,
    },
  };
});

// What every page needs at start: React, the router, the query and GraphQL clients, the style
// engine. Except the query client's parts only forms and lists that grow need (mutations, infinite
// queries): ~2 kB gzip the first page does without, loaded with the pages that use them.
const FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|@urql|wonka|@0no-co|@emotion|stylis)[\\/]/;
const LATER =
  /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]build[\\/]modern[\\/](mutationObserver|useMutation|useMutationState|infiniteQueryObserver|useInfiniteQuery|infiniteQueryOptions)\.js$/;
const isFramework = (id: string) => FRAMEWORK.test(id) && !LATER.test(id);

// Sent by `vite preview` for the real-deployment build (issue 7 checks there is no violation).
const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self' https: http:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The real build's index.html starts with <base href="/">: served at the root as it is, and under
// a sub-path (/admin/) the server rewrites it (deploy/nginx: sub_filter). Relative asset URLs
// resolve against it from any deep link, and the router takes its basename from it
// (src/config/base-path.ts), so one build serves any base path.
function baseHref(): Plugin {
  return {
    name: 'base-href',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'base', attrs: { href: '/' }, injectTo: 'head-prepend' }],
  };
}

// public/mockServiceWorker.js is copied into every build; the real one must carry no mock.
function withoutMockWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

// Static hosts serve assets compressed ahead of time (nginx `gzip_static`, CDNs); the build writes
// `.gz` beside each script and style sheet, and `vite preview` serves those rather than
// compressing every response again (which cost ~90 ms per large chunk on a small machine).
function precompressedAssets(): Plugin {
  let outDir = 'dist';
  const compressible = /\.(js|css)$/;
  return {
    name: 'precompressed-assets',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      const assets = join(outDir, 'assets');
      if (!existsSync(assets)) return;
      for (const file of readdirSync(assets)) {
        if (!compressible.test(file)) continue;
        const path = join(assets, file);
        writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
      }
    },
    configurePreviewServer(server) {
      const root = join(server.config.root, server.config.build.outDir);
      const headers = server.config.preview.headers;
      server.middlewares.use((req, res, next) => {
        let pathname: string;
        try {
          pathname = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        } catch {
          return next(); // a malformed address: the static server answers it
        }
        const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        if (req.method !== 'GET' || !accepts || !compressible.test(pathname)) return next();
        const file = normalize(join(root, pathname));
        if (!file.startsWith(join(root, 'assets') + sep) || !existsSync(`${file}.gz`))
          return next();
        for (const [name, value] of Object.entries(headers)) {
          if (value !== undefined) res.setHeader(name, value);
        }
        res.setHeader('Content-Type', file.endsWith('.css') ? 'text/css' : 'text/javascript');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        // Hashed names: a file never changes.
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}
