import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { describe, expect, test } from 'vitest';
import { useUrlParams } from './use-url-params.ts';

// A list's view in the URL: a search and a role filter, as the users list has them.
type View = { q: string; role: string | null };
const parse = (search: URLSearchParams): View => ({
  q: search.get('q') ?? '',
  role: search.get('role'),
});
const write = (view: View) => {
  const search = new URLSearchParams();
  if (view.q) search.set('q', view.q);
  if (view.role) search.set('role', view.role);
  return search;
};

function renderView(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => ({ view: useUrlParams(parse, write), location: useLocation(), navigate: useNavigate() }),
    { wrapper },
  );
}

describe('useUrlParams', () => {
  test('a filter chosen before the cleared search is drawn keeps the search cleared', () => {
    const { result } = renderView('/users?q=email%3Alabelco');
    expect(result.current.view[0]).toEqual({ q: 'email:labelco', role: null });
    // Both changes come from the view on screen, before the router has drawn the first.
    const [, update] = result.current.view;
    act(() => {
      update({ q: '' });
      update({ role: 'GUEST' });
    });
    expect(result.current.location.search).toBe('?role=GUEST');
    expect(result.current.view[0]).toEqual({ q: '', role: 'GUEST' });
  });

  test('a change after a link changed the URL builds on the link', () => {
    const { result } = renderView('/users?q=ada');
    act(() => result.current.view[1]({ q: 'milo' }));
    expect(result.current.location.search).toBe('?q=milo');
    act(() => void result.current.navigate('/users?role=ADMIN'));
    act(() => result.current.view[1]({ q: 'grace' }));
    expect(result.current.location.search).toBe('?q=grace&role=ADMIN');
  });

  test('a change that changes nothing writes nothing', () => {
    const { result } = renderView('/users?role=ADMIN');
    const before = result.current.location.key;
    act(() => result.current.view[1]({ role: 'ADMIN' }));
    expect(result.current.location.key).toBe(before);
  });
});
