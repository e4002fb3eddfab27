import { afterEach, describe, expect, it } from 'vitest';
import { routerBasename } from './base-path.ts';

// The server (deploy/nginx) writes the console's sub-path into index.html's <base href>; the
// router's links and deep links follow it.

function setBase(href: string): void {
  const base = document.createElement('base');
  base.href = href;
  document.head.prepend(base);
}

afterEach(() => {
  document.head.querySelectorAll('base').forEach((base) => {
    base.remove();
  });
});

describe('routerBasename', () => {
  it('is the sub-path the server wrote into <base href>, without its trailing slash', () => {
    setBase('/tools/admin/');
    expect(routerBasename()).toBe('/tools/admin');
  });

  it('is the root for the build served at the root', () => {
    setBase('/');
    expect(routerBasename()).toBe('/');
  });

  it('is the root without a <base> element (the dev server, the demo)', () => {
    expect(routerBasename()).toBe('/');
  });
});
