import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createEngine, type MockEngine } from './engine/engine.ts';
import { hashKey } from './engine/hash.ts';
import { CORS_HEADERS } from './engine/http.ts';
import { PERSONAS } from './engine/personas.ts';
import { isSchemaMode } from './engine/published-schema.ts';
import { isScenarioName } from './engine/scenarios.ts';
import type { SeedName } from './engine/types.ts';

// The HTTP mock API (`npm run mock-api`): the engine behind a plain node:http server, for the
// e2e tests, the benchmark and trying the SDK against it. Environment: HOST (127.0.0.1),
// PORT (8000), SEED (demo | empty | large), SCHEMA (full | published: without the fields
// schema.graphql marks [ext], as the published server).
// Control endpoints, not part of the real API and only on this server:
//   POST /__mock/reset     {"seed"?: SeedName}       fresh store (default: the startup seed)
//   POST /__mock/scenario  {"name": ScenarioName | null}
//   POST /__mock/feature-flags  {"invitationsEnabled"?: boolean, "invitationEmailsEnabled"?: boolean}

const SEEDS: readonly SeedName[] = ['demo', 'empty', 'large'];

function isSeedName(value: unknown): value is SeedName {
  return typeof value === 'string' && SEEDS.some((seed) => seed === value);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  });
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    // The network-down scenario: drop the connection, as an unreachable server would.
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers);
  res.end(payload);
}

function controlReply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value;
  } catch {
    return undefined;
  }
}

function control(engine: MockEngine, path: string, body: Buffer, res: ServerResponse): boolean {
  if (path !== '/__mock/reset' && path !== '/__mock/scenario' && path !== '/__mock/feature-flags')
    return false;
  const input = parseJson(body);
  if (typeof input !== 'object' || input === null) {
    controlReply(res, 400, { message: 'Send a JSON object' });
    return true;
  }
  if (path === '/__mock/feature-flags') {
    const flags = engine.store.featureFlag;
    for (const name of ['invitationsEnabled', 'invitationEmailsEnabled'] as const) {
      const value: unknown = Reflect.get(input, name);
      if (typeof value === 'boolean') flags[name] = value;
    }
    controlReply(res, 200, { ...flags });
    return true;
  }
  if (path === '/__mock/reset') {
    const seed: unknown = Reflect.get(input, 'seed');
    if (seed !== undefined && !isSeedName(seed)) {
      controlReply(res, 400, {
        message: `Unknown seed ${JSON.stringify(seed)}: use ${SEEDS.join(', ')}`,
      });
      return true;
    }
    engine.reset(seed);
    controlReply(res, 200, { seed: seed ?? null });
    return true;
  }
  const name: unknown = Reflect.get(input, 'name');
  if (name !== null && !isScenarioName(name)) {
    controlReply(res, 400, { message: `Unknown scenario ${JSON.stringify(name)}` });
    return true;
  }
  engine.setScenario(name);
  controlReply(res, 200, { scenario: name });
  return true;
}

function main(): void {
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? '8000');
  const seedEnv = process.env.SEED ?? 'demo';
  if (!isSeedName(seedEnv)) {
    console.error(`Unknown SEED ${seedEnv}: use ${SEEDS.join(', ')}`);
    process.exit(1);
  }
  const schemaEnv = process.env.SCHEMA ?? 'full';
  if (!isSchemaMode(schemaEnv)) {
    console.error(`Unknown SCHEMA ${schemaEnv}: use full or published`);
    process.exit(1);
  }
  const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  const engine = createEngine({ typeDefs, seed: seedEnv, schemaMode: schemaEnv });
  const origin = `http://${host}:${port}`;

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const path = new URL(req.url ?? '/', origin).pathname;
        if (req.method === 'POST' && control(engine, path, body, res)) return;
        await writeResponse(res, await engine.handle(toRequest(req, body, origin)));
      } catch (error) {
        // The engine never throws for a request; this is a bug in the mock, so say so.
        console.error(error);
        if (!res.headersSent) controlReply(res, 500, { message: 'Mock API bug: see its log' });
        else res.end();
      }
    })();
  });

  server.listen(port, host, () => {
    console.log(`mock FiftyOne API listening on ${origin} (seed ${seedEnv}, ${schemaEnv} schema)`);
    const hashes = new Set(engine.store.apiKeys.map((key) => key.keyHash));
    for (const persona of PERSONAS) {
      if (hashes.has(hashKey(persona.apiKey))) {
        console.log(`persona ${persona.role} ${persona.email} ${persona.apiKey}`);
      }
    }
  });

  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
