import { notify } from '../../../lib/notifications.ts';
import type { Installed } from './install-plugin-dialog.tsx';

/** A toast naming what was installed, or upgraded from which version to which. */
export function announceInstalled({ plugin, replaced }: Installed): void {
  notify(
    replaced
      ? `Upgraded ${plugin.name} from version ${replaced.version ?? 'unknown'} to ${plugin.version ?? 'unknown'}.`
      : `Installed ${plugin.name}${plugin.version ? ` ${plugin.version}` : ''}.`,
  );
}
