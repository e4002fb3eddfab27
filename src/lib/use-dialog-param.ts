import { useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

// A page's dialog can be opened by a link (the command palette's actions): `?dialog=<name>` in
// the URL opens it as the page shows. The parameter is then taken out of the URL (replacing the
// entry), so Back after, say, creating a group does not open the dialog a second time.

const DIALOG_PARAM = 'dialog';

/** The dialogs a link may open. */
export const LINKABLE_DIALOGS = {
  invite: 'invite',
  createGroup: 'create-group',
  installPlugin: 'install-plugin',
  generateKey: 'generate-key',
} as const;
export type LinkableDialog = (typeof LINKABLE_DIALOGS)[keyof typeof LINKABLE_DIALOGS];

/** `path` with the parameter that opens `dialog` there. */
export function withDialog(path: string, dialog: LinkableDialog): string {
  return `${path}?${new URLSearchParams({ [DIALOG_PARAM]: dialog }).toString()}`;
}

/** Whether `dialog` is open and how to open or close it; a link with `?dialog=` opens it. */
export function useDialogParam(dialog: LinkableDialog): [boolean, (open: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const requested = searchParams.get(DIALOG_PARAM) === dialog;
  const [open, setOpen] = useState(false);
  // Each navigation that asks for the dialog opens it once (adjusting state while rendering).
  const [handled, setHandled] = useState<string | null>(null);
  if (requested && handled !== location.key) {
    setHandled(location.key);
    setOpen(true);
  }
  useEffect(() => {
    if (!requested) return;
    setSearchParams(
      (current) => {
        const search = new URLSearchParams(current);
        search.delete(DIALOG_PARAM);
        return search;
      },
      { replace: true },
    );
  }, [requested, setSearchParams]);
  return [open, setOpen];
}
