import type { APIRequestContext } from '@playwright/test';
import { expect } from '../helpers/app.ts';
import { API_URL } from './servers.ts';

/** One mock API serves every test of the project (one at a time): a fresh seed, healthy. */
export async function resetMockApi(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${API_URL}/__mock/reset`, { data: {} })).ok()).toBe(true);
  expect((await request.post(`${API_URL}/__mock/scenario`, { data: { name: null } })).ok()).toBe(
    true,
  );
}
