// The e2e tests drive Debian's Chromium (browser downloads are not possible on this kind of
// machine): installed when missing and possible, otherwise we say how.
import { ensureDebianProgram } from './debian-package.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

ensureDebianProgram({
  path: CHROMIUM,
  packageName: 'chromium',
  howToInstall:
    'Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
});
