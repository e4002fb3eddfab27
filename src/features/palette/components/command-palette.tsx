import { Box, Dialog, InputBase, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { flagsInForce } from '../../session/api/server-status.ts';
import { sessionQueries } from '../../session/api/viewer.ts';
import type { PaletteArea, PaletteItem, ViewerScope } from '../lib/palette-items.ts';
import { readRecent, rememberRecent } from '../lib/recent-items.ts';
import { usePaletteResults, type SearchState } from '../use-palette-results.ts';
import { optionId, PaletteListbox } from './palette-listbox.tsx';

export interface CommandPaletteProps {
  open: boolean;
  onClose: () => void;
  viewer: { id: string; role: string };
  /** The navigation's areas (the shell's list, with the roles that may use each). */
  areas: readonly PaletteArea[];
  demo: boolean;
  /** Opens the connection dialog (the persona switcher in the demo). */
  onConnection: () => void;
}

/**
 * Ctrl-K / ⌘-K: find people, groups, datasets, plugins, secrets and orchestrators by name, go to a
 * page, or start an action, without leaving the keyboard. Escape gives focus back to where it
 * was; going to a page puts it at the start of that page.
 */
export function CommandPalette({ open, onClose, ...props }: CommandPaletteProps) {
  const titleId = useId();
  const leftForPage = useRef(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}
      slotProps={{
        paper: { sx: { mt: '12vh' } },
        transition: {
          onExited: () => {
            if (!leftForPage.current) return;
            leftForPage.current = false;
            // Unless the new page opened a dialog of its own (an action), start there. Focus may
            // still be in this palette, when nothing had it before the palette opened.
            const dialog = document.activeElement?.closest('[role="dialog"]');
            if (dialog && dialog.getAttribute('aria-labelledby') !== titleId) return;
            document.getElementById('main-content')?.focus();
          },
        },
      }}
    >
      <Typography id={titleId} component="h2" sx={visuallyHidden}>
        Command palette
      </Typography>
      <PaletteBody
        {...props}
        onDone={(forPage) => {
          leftForPage.current = forPage;
          onClose();
        }}
      />
    </Dialog>
  );
}

function PaletteBody({
  viewer,
  areas,
  demo,
  onConnection,
  onDone,
}: Omit<CommandPaletteProps, 'open' | 'onClose'> & { onDone: (forPage: boolean) => void }) {
  const listboxId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // From the shell's own Viewer request: opening the palette asks the server nothing.
  const status = queryClient.getQueryData(sessionQueries.serverStatus().queryKey);
  const invitationsOn = status ? flagsInForce(status).invitationsEnabled : false;
  const scope = useMemo<ViewerScope>(
    () => ({ role: viewer.role, invitationsOn, demo }),
    [viewer.role, invitationsOn, demo],
  );
  const [query, setQuery] = useState('');
  const [recent] = useState(() => readRecent(viewer.id));
  const { groups, search } = usePaletteResults(query, scope, areas, recent);
  const options = groups.flatMap((group) => group.items);

  // The first option is active again whenever the options change.
  const [active, setActive] = useState(0);
  const optionKeys = options.map((item) => item.id).join('\n');
  const [activeFor, setActiveFor] = useState(optionKeys);
  if (activeFor !== optionKeys) {
    setActiveFor(optionKeys);
    setActive(0);
  }
  const activeIndex = options.length === 0 ? -1 : Math.min(active, options.length - 1);

  const choose = (item: PaletteItem) => {
    rememberRecent(viewer.id, item);
    if (item.target.type === 'connection') {
      onDone(false);
      onConnection();
      return;
    }
    onDone(true);
    void navigate(item.target.to);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + count) % count);
    } else if (event.key === 'Enter') {
      const item = options[activeIndex];
      if (!item) return;
      event.preventDefault();
      choose(item);
    }
  };

  const expanded = options.length > 0;
  return (
    <>
      <Box sx={{ px: 2, pt: 2, pb: 1 }}>
        <InputBase
          autoFocus
          fullWidth
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={hint(scope)}
          inputProps={{
            role: 'combobox',
            'aria-label': 'Search or jump to',
            'aria-autocomplete': 'list',
            'aria-expanded': expanded,
            'aria-controls': listboxId,
            'aria-activedescendant':
              expanded && activeIndex >= 0 ? optionId(listboxId, activeIndex) : undefined,
            autoComplete: 'off',
            spellCheck: false,
          }}
          sx={{ typography: 'h6', fontWeight: 400 }}
        />
        <SearchStatus search={search} query={query.trim()} count={options.length} />
      </Box>
      <PaletteListbox
        id={listboxId}
        groups={groups}
        activeIndex={activeIndex}
        onActivate={setActive}
        onChoose={choose}
      />
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{ px: 2, py: 1, borderTop: 1, borderColor: 'divider' }}
      >
        ↑ ↓ to move · Enter to open · Esc to close
      </Typography>
    </>
  );
}

function hint(scope: ViewerScope): string {
  return scope.role === 'ADMIN'
    ? 'Users, groups, datasets, plugins, secrets, orchestrators, pages…'
    : 'Datasets, plugins, pages…';
}

/** Says what the search is doing, for everyone (a live region) and in words. */
function SearchStatus({
  search,
  query,
  count,
}: {
  search: SearchState;
  query: string;
  count: number;
}) {
  if (search.state === 'failed') {
    return (
      <Box sx={{ mt: 1 }}>
        <ErrorState what="Searching" error={search.error} onRetry={search.retry} />
      </Box>
    );
  }
  const text =
    search.state === 'idle'
      ? ''
      : search.state === 'searching'
        ? 'Searching…'
        : count === 0
          ? `Nothing matches “${query}”.`
          : `${String(count)} ${count === 1 ? 'result' : 'results'}`;
  return (
    <Typography role="status" variant="caption" color="text.secondary" sx={{ minHeight: '1.5em' }}>
      {text}
    </Typography>
  );
}
