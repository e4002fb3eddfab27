import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from './engine/personas.ts';
import { mockEngine, server } from './node.ts';

// The MSW server the component tests use: real fetch calls reach the engine.

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  mockEngine.setScenario(null);
  mockEngine.reset();
});
afterAll(() => server.close());

const adminKey = PERSONAS[0]?.apiKey ?? '';

function post(query: string, key = adminKey) {
  return fetch('http://localhost:5173/api/graphql/v1', {
    method: 'POST',
    headers: { 'X-API-Key': key, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

describe('mocks/node.ts', () => {
  it('answers fetch calls from the demo seed', async () => {
    const response = await post('{ viewer { email role } }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { viewer: { email: PERSONAS[0]?.email, role: 'ADMIN' } },
    });
    const health = await fetch('http://localhost:5173/health');
    expect(await health.json()).toEqual({ status: 'available' });
  });

  it('turns network-down into a failed fetch', async () => {
    mockEngine.setScenario('network-down');
    await expect(post('{ viewer { id } }')).rejects.toThrow();
  });

  it('uploads and downloads through fetch', async () => {
    const form = new FormData();
    form.append('file', new Blob(['hello']), 'hello.txt');
    const uploaded = await fetch('http://localhost:5173/file', {
      method: 'POST',
      headers: { 'X-API-Key': adminKey },
      body: form,
    });
    const body: unknown = await uploaded.json();
    const token: unknown =
      typeof body === 'object' && body !== null ? Reflect.get(body, 'file_token') : null;
    expect(token).toEqual(expect.any(String));
    const downloaded = await fetch(`http://localhost:5173/file/${String(token)}`, {
      headers: { 'X-API-Key': adminKey },
    });
    expect(await downloaded.text()).toBe('hello');
  });
});
