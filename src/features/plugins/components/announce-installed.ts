import { notify } from '../../../lib/notifications.ts';
import type { Installed } from './install-plugin-dialog.tsx';
import { replacedMessage } from './replacement-wording.ts';

/** A toast naming what was installed, or upgraded (downgraded, reinstalled) from which version. */
export function announceInstalled({ plugin, replaced }: Installed): void {
  notify(
    replaced
      ? replacedMessage(plugin.name, replaced.version, plugin.version)
      : `Installed ${plugin.name}${plugin.version ? ` ${plugin.version}` : ''}.`,
  );
}
