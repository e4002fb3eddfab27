// The e2e tests need two programs from Debian: Chromium (browser downloads are not possible on
// this kind of machine) and nginx (the `real` project runs the console behind it). When one is
// missing and we may install packages (root with apt-get), install it; otherwise say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface DebianProgram {
  /** Where the program is expected. */
  path: string;
  /** The Debian package that installs it. */
  packageName: string;
  /** What to tell someone who must install it themselves. */
  howToInstall: string;
}

/** Exits the process with a message when the program is missing and cannot be installed. */
export function ensureDebianProgram({ path, packageName, howToInstall }: DebianProgram): void {
  if (existsSync(path)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`${packageName} is missing at ${path}. ${howToInstall}`);
    process.exit(1);
  }
  console.log(`${packageName} is missing at ${path}: installing Debian's ${packageName} package…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', packageName], {
    stdio: 'inherit',
    env,
  });
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing.`);
    process.exit(1);
  }
}
