// The `real` e2e project serves the console with Debian's nginx, from the deploy/ template:
// installed when missing and possible, otherwise we say how.
import { ensureDebianProgram } from './debian-package.ts';
import { NGINX } from './nginx-path.ts';

ensureDebianProgram({
  path: NGINX,
  packageName: 'nginx',
  howToInstall:
    'Install it (Debian/Ubuntu: sudo apt-get install -y nginx), or set NGINX_PATH to an nginx binary.',
});
