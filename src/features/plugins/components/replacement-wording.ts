import { versionChange, type VersionChange } from '../archive/version-change.ts';

// How the console speaks of installing over an installed plugin: an older version is a
// downgrade (said plainly, and chosen with a button that says so), the same one a reinstall.

const KEEPS = 'its enabled setting and the settings of the operators it keeps stay as they are.';

export interface Replacement {
  change: VersionChange;
  /** The dialog's title once the archive is read. */
  title: string;
  /** What replacing does, shown above what the archive holds. */
  notice: string;
  /** A downgrade is a warning; the rest is information. */
  severity: 'info' | 'warning';
  /** The button that installs it. */
  action: string;
}

export function describeReplacement(
  name: string,
  installed: string | null,
  next: string | null,
): Replacement {
  const from = installed ?? 'unknown';
  const to = next ?? 'unknown';
  const change = versionChange(installed, next);
  switch (change) {
    case 'upgrade':
      return {
        change,
        title: `Upgrade ${name}`,
        notice: `${name} is already installed. Upgrading replaces version ${from} with version ${to}; ${KEEPS}`,
        severity: 'info',
        action: `Upgrade to ${to}`,
      };
    case 'downgrade':
      return {
        change,
        title: `Downgrade ${name}`,
        notice: `This is a downgrade: version ${to} is older than the installed version ${from}. Operators that only the newer version has go away; ${KEEPS}`,
        severity: 'warning',
        action: `Downgrade to ${to}`,
      };
    case 'reinstall':
      return {
        change,
        title: `Reinstall ${name}`,
        notice: `Version ${from} of ${name} is already installed. Reinstalling replaces its files with this archive's; ${KEEPS}`,
        severity: 'info',
        action: `Reinstall ${to}`,
      };
    case 'change':
      return {
        change,
        title: `Replace ${name}`,
        notice: `${name} is already installed. Replacing it swaps version ${from} for version ${to} (which of them is newer cannot be told); ${KEEPS}`,
        severity: 'info',
        action: `Replace with ${to}`,
      };
  }
}

/** The toast once it is done: "Downgraded … from version 1.1.0 to 1.0.0." */
export function replacedMessage(name: string, installed: string | null, next: string | null) {
  const from = installed ?? 'unknown';
  const to = next ?? 'unknown';
  switch (versionChange(installed, next)) {
    case 'upgrade':
      return `Upgraded ${name} from version ${from} to ${to}.`;
    case 'downgrade':
      return `Downgraded ${name} from version ${from} to ${to}.`;
    case 'reinstall':
      return `Reinstalled ${name} ${to}.`;
    case 'change':
      return `Replaced ${name} version ${from} with version ${to}.`;
  }
}
