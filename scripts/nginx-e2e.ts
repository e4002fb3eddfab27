// Serves a built console behind Debian's nginx in the foreground, as the user running it, from a
// configuration generated with deploy/render-nginx-conf.sh (the one the container uses): the
// `real` Playwright project's web server. Every path nginx writes (pid, temp files) is in a
// folder of its own, so it needs no system paths and runs beside other copies on other ports.
//
// Environment: FIFTYONE_API_URI (the API to proxy), CONSOLE_ROOT (the build), BASE_PATH
// (default /), NGINX_PORT (default 4353), NGINX_PATH (default /usr/sbin/nginx).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { NGINX } from './nginx-path.ts';

const port = Number(process.env.NGINX_PORT ?? 4353);
const root = resolve(process.env.CONSOLE_ROOT ?? 'dist');
const dir = join(tmpdir(), `fo-console-nginx-${String(port)}`);
const temp = (name: string) => join(dir, name);

if (!existsSync(NGINX)) {
  console.error(
    `nginx is missing at ${NGINX}: run \`node scripts/ensure-nginx.ts\` (as root), \`sudo apt-get install -y nginx\`, or set NGINX_PATH.`,
  );
  process.exit(1);
}

// A previous run killed with its server leaves its folder: start clean.
rmSync(dir, { recursive: true, force: true });
for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
  mkdirSync(temp(name), { recursive: true });
}

execFileSync(
  'sh',
  ['deploy/render-nginx-conf.sh', 'deploy/nginx/console.conf.template', temp('console.conf')],
  {
    stdio: 'inherit',
    env: { ...process.env, LISTEN: `127.0.0.1:${String(port)}`, CONSOLE_ROOT: root },
  },
);

// Run as root (CI), nginx would hand its workers to `nobody`; keep them as the user running
// the tests, who owns the build and the temp folders. Otherwise nginx cannot switch users.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mimeTypes = existsSync('/etc/nginx/mime.types') ? '/etc/nginx/mime.types' : null;
writeFileSync(
  temp('nginx.conf'),
  [
    ...(isRoot ? [`user ${userInfo().username};`] : []),
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    ...(mimeTypes
      ? [`  include ${mimeTypes};`]
      : ['  types { text/html html; text/javascript js; text/css css; application/json json; }']),
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    `  client_body_temp_path ${temp('client_body')};`,
    `  proxy_temp_path ${temp('proxy')};`,
    `  fastcgi_temp_path ${temp('fastcgi')};`,
    `  uwsgi_temp_path ${temp('uwsgi')};`,
    `  scgi_temp_path ${temp('scgi')};`,
    `  include ${temp('console.conf')};`,
    '}',
    '',
  ].join('\n'),
);

// `-e stderr`: nginx opens its compiled-in error log before reading the configuration.
const nginx = spawn(
  NGINX,
  ['-p', dir, '-c', temp('nginx.conf'), '-e', 'stderr', '-g', 'daemon off;'],
  {
    stdio: 'inherit',
  },
);
console.log(`nginx on http://127.0.0.1:${String(port)} (configuration in ${dir})`);

// Playwright stops its web servers with SIGTERM (or kills the whole process group): nginx's
// fast shutdown, then our folder goes.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => nginx.kill('SIGTERM'));
}
nginx.on('exit', (code, signal) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
