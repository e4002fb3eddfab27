import { setupServer } from 'msw/node';
import typeDefs from '../schema.graphql?raw';
import { createEngine } from './engine/engine.ts';
import { createHandlers } from './handlers.ts';

// The mock API for Vitest: component tests start `server.listen({ onUnhandledFrame: 'error' })`
// and call `mockEngine.reset()` between tests for a fresh demo seed. A test of the published
// server's surface calls `mockEngine.setSchemaMode('published')` (tests/setup.ts restores full).

export const mockEngine = createEngine({ typeDefs, seed: 'demo' });
export const server = setupServer(...createHandlers(mockEngine));
