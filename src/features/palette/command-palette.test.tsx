import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node.ts';
import { renderWithProviders } from '../../../tests/render.tsx';
import { TopBar } from '../../app/shell/top-bar.tsx';

// The command palette as the top bar opens it, against the mock API.

/** The GraphQL operations the console sends from now on, by name (`length` counts at once). */
function recordOperations(): string[] {
  const names: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const index = names.push('…') - 1;
    void request
      .clone()
      .json()
      .then((body: unknown) => {
        const query =
          typeof body === 'object' && body !== null && 'query' in body ? String(body.query) : '';
        names[index] = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous';
      })
      .catch(() => undefined);
  };
  server.events.on('request:start', listener);
  stopRecording = () => server.events.removeListener('request:start', listener);
  return names;
}
let stopRecording: () => void = () => undefined;
afterEach(() => stopRecording());

async function renderTopBar(as: 'admin' | 'member' = 'admin') {
  const rendered = renderWithProviders(<TopBar />, { as, path: '/datasets' });
  await screen.findByRole('button', { name: 'Search' });
  return rendered;
}

function palette() {
  return screen.getByRole('dialog', { name: 'Command palette' });
}

/** The palette once it is open: its code loads on first use, so it may take a moment. */
function opened() {
  return screen.findByRole('dialog', { name: 'Command palette' });
}

function combobox() {
  return within(palette()).getByRole('combobox', { name: 'Search or jump to' });
}

/** The option the combobox points at (aria-activedescendant). */
function activeOption(): HTMLElement {
  const id = combobox().getAttribute('aria-activedescendant');
  const option = id ? document.getElementById(id) : null;
  if (!option) throw new Error('no active option');
  return option;
}

describe('Command palette', () => {
  it('opens with Ctrl-K on pages and actions, asking the server nothing', async () => {
    const { user } = await renderTopBar();
    const operations = recordOperations();
    await user.keyboard('{Control>}k{/Control}');

    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = combobox();
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = within(dialog).getByRole('listbox', { name: 'Results' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const pages = within(listbox).getByRole('group', { name: 'Pages' });
    expect(within(pages).getByRole('option', { name: /^Users\b/ })).toBeInTheDocument();
    const actions = within(listbox).getByRole('group', { name: 'Actions' });
    expect(within(actions).getByRole('option', { name: /^Create group\b/ })).toBeInTheDocument();
    expect(within(actions).getByRole('option', { name: /^Invite people\b/ })).toBeInTheDocument();
    expect(operations).toEqual([]);
  });

  it('finds a user by name with their role, and opens their page', async () => {
    const { user, router } = await renderTopBar();
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await opened();
    await user.type(combobox(), 'grace');

    const users = await within(palette()).findByRole('group', { name: 'Users' });
    const grace = within(users).getByRole('option', { name: /^Grace Nakamura\b/ });
    expect(grace).toHaveTextContent('Admin · grace.nakamura@acme.ai');
    expect(activeOption()).toBe(grace);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toMatch(/^\/users\/[^/]+$/);
  });

  it('remembers what was chosen for the tab, under Recent', async () => {
    const { user, router } = await renderTopBar();
    await user.keyboard('{Control>}k{/Control}');
    await opened();
    await user.type(combobox(), 'traffic');
    const datasets = await within(palette()).findByRole('group', { name: 'Datasets' });
    await user.click(within(datasets).getByRole('option', { name: /^traffic-signs-eu\b/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/datasets/traffic-signs-eu'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.keyboard('{Control>}k{/Control}');
    const recent = await within(palette()).findByRole('group', { name: 'Recent' });
    expect(within(recent).getByRole('option', { name: /^traffic-signs-eu\b/ })).toHaveTextContent(
      /You: Can \w+/,
    );
  });

  it('offers a member only what a member may use', async () => {
    const { user } = await renderTopBar('member');
    const operations = recordOperations();
    await user.keyboard('{Control>}k{/Control}');
    await opened();
    const listbox = within(palette()).getByRole('listbox');
    const pages = within(listbox).getByRole('group', { name: 'Pages' });
    expect(within(pages).getByRole('option', { name: /^Datasets\b/ })).toBeInTheDocument();
    expect(within(pages).queryByRole('option', { name: /^Users\b/ })).not.toBeInTheDocument();
    expect(within(pages).queryByRole('option', { name: /^Secrets\b/ })).not.toBeInTheDocument();
    const actions = within(listbox).getByRole('group', { name: 'Actions' });
    expect(
      within(actions).getByRole('option', { name: /^Generate API key\b/ }),
    ).toBeInTheDocument();
    expect(within(actions).queryByRole('option', { name: /^Invite people\b/ })).toBeNull();
    expect(within(actions).queryByRole('option', { name: /^Create group\b/ })).toBeNull();
    expect(within(actions).queryByRole('option', { name: /^Install plugin\b/ })).toBeNull();

    // "a" matches people, groups and secrets too: a member is shown datasets and plugins only.
    await user.type(combobox(), 'a');
    await within(palette()).findByRole('group', { name: 'Datasets' });
    await waitFor(() => expect(within(palette()).getByRole('status')).toHaveTextContent(/results/));
    for (const kind of ['Users', 'Groups', 'Secrets', 'Orchestrators']) {
      expect(within(palette()).queryByRole('group', { name: kind })).not.toBeInTheDocument();
    }
    expect(operations).toEqual(['PaletteSearch']);
  });

  it('moves with the arrows, and Escape closes it and gives focus back', async () => {
    const { user } = await renderTopBar();
    const button = screen.getByRole('button', { name: 'Search' });
    await user.click(button);
    await user.type(combobox(), 'settings');
    const first = activeOption();
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    const second = activeOption();
    expect(second).not.toBe(first);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    const options = within(palette()).getAllByRole('option');
    expect(activeOption()).toBe(options[options.length - 1]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it('opens the dialog an action names on its page', async () => {
    const { user, router } = await renderTopBar();
    await user.keyboard('{Control>}k{/Control}');
    await opened();
    await user.type(combobox(), 'create group');
    expect(activeOption()).toHaveTextContent('Create group');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(router.state.location.pathname).toBe('/groups'));
    expect(router.state.location.search).toBe('?dialog=create-group');
  });
});
