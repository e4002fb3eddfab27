import { lengthProblem, LIMITS } from '../../../src/lib/limits.ts';
import type { Context } from '../context.ts';
import { fail } from '../errors.ts';
import { page } from '../paging.ts';
import {
  ENVIRONMENT_RULES,
  environmentSection,
  storeOrchestratorSecrets,
} from '../rules/orchestrators.ts';
import { requireAdmin } from '../rules/permissions.ts';
import type { ResolverMap } from '../schema.ts';
import type { OrchestratorEnvironment, OrchestratorRecord, Store } from '../types.ts';

// Orchestrators (fiftyone-api.md §3.10, §13, §14): admin only, like every orchestrator function.

type OrderField = 'updatedAt' | 'createdAt' | 'instanceIdentifier';

interface PageArgs {
  page: number;
  pageSize: number;
  filter: { includeDeactivated: boolean | null } | null;
  search: { term: string; fields: ('availableOperators' | 'instanceIdentifier')[] } | null;
  order: { field: OrderField; direction: 'ASC' | 'DESC' } | null;
}

function matches(record: OrchestratorRecord, search: NonNullable<PageArgs['search']>): boolean {
  const term = search.term.trim().toLowerCase();
  if (!term) return true;
  return search.fields.some((field) =>
    field === 'instanceIdentifier'
      ? record.instanceIdentifier.toLowerCase().includes(term)
      : record.availableOperators.some((uri) => uri.toLowerCase().includes(term)),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ordered(records: OrchestratorRecord[], order: PageArgs['order']): OrchestratorRecord[] {
  const field = order?.field ?? 'instanceIdentifier';
  const sign = order?.direction === 'DESC' ? -1 : 1;
  // Never updated sorts as oldest.
  const key = (r: OrchestratorRecord): string => r[field] ?? '';
  return [...records].sort(
    (a, b) => sign * compare(key(a), key(b)) || compare(a.instanceIdentifier, b.instanceIdentifier),
  );
}

function findOrchestrator(
  store: Store,
  args: { instanceIdentifier: string | null; orchestratorIdentifier: string | null },
): OrchestratorRecord {
  if (args.instanceIdentifier === null && args.orchestratorIdentifier === null) {
    fail('BAD_USER_INPUT', 'Give an instanceIdentifier or an orchestratorIdentifier');
  }
  const found = store.orchestrators.find(
    (o) =>
      (args.instanceIdentifier === null || o.instanceIdentifier === args.instanceIdentifier) &&
      (args.orchestratorIdentifier === null ||
        o.orchestratorIdentifier === args.orchestratorIdentifier),
  );
  return (
    found ??
    fail(
      'NOT_FOUND',
      `No orchestrator ${args.instanceIdentifier ?? args.orchestratorIdentifier ?? ''} is registered`,
    )
  );
}

/** What a new orchestrator can run: the enabled operators of the enabled custom plugins. */
function runnableOperators(store: Store): string[] {
  return store.plugins
    .filter((plugin) => plugin.enabled && !plugin.builtin)
    .flatMap((plugin) =>
      plugin.operators.filter((op) => op.enabled).map((op) => `${plugin.name}/${op.name}`),
    );
}

interface RegisterArgs {
  instanceIdentifier: string;
  description: string;
  environment: OrchestratorEnvironment;
  config: unknown;
  secrets: unknown;
}

export const orchestratorResolvers: ResolverMap = {
  Query: {
    orchestratorsPage: (_: unknown, args: PageArgs, ctx: Context) => {
      requireAdmin(ctx, 'list orchestrators');
      const includeDeactivated = args.filter?.includeDeactivated ?? false;
      const search = args.search;
      const records = ctx.store.orchestrators
        .filter((o) => includeDeactivated || o.deactivatedAt === null)
        .filter((o) => !search || matches(o, search));
      return page(ordered(records, args.order), args.pageSize, args.page);
    },
    orchestrator: (
      _: unknown,
      args: { instanceIdentifier: string | null; orchestratorIdentifier: string | null },
      ctx: Context,
    ) => {
      requireAdmin(ctx, 'read orchestrators');
      return findOrchestrator(ctx.store, args);
    },
  },
  Mutation: {
    registerOrchestrator: (_: unknown, args: RegisterArgs, ctx: Context) => {
      requireAdmin(ctx, 'register orchestrators');
      const instanceIdentifier = args.instanceIdentifier.trim();
      if (!instanceIdentifier) fail('BAD_USER_INPUT', 'instanceIdentifier must not be empty');
      for (const [field, value, limit] of [
        ['instanceIdentifier', instanceIdentifier, LIMITS.orchestratorInstanceId],
        ['description', args.description.trim(), LIMITS.orchestratorDescription],
      ] as const) {
        const tooLong = lengthProblem(field, value, limit);
        if (tooLong) fail('BAD_USER_INPUT', tooLong);
      }
      if (ctx.store.orchestrators.some((o) => o.instanceIdentifier === instanceIdentifier)) {
        fail('CONFLICT', `An orchestrator named ${instanceIdentifier} is already registered`);
      }
      const key = ENVIRONMENT_RULES[args.environment].key;
      const config = environmentSection('config', args.config, args.environment);
      const secrets = environmentSection('secrets', args.secrets, args.environment);
      const names = secrets ? storeOrchestratorSecrets(ctx, instanceIdentifier, secrets) : null;
      const record: OrchestratorRecord = {
        orchestratorIdentifier: ctx.nextId(),
        instanceIdentifier,
        description: args.description,
        environment: args.environment,
        config: config ? { [key]: config } : null,
        secrets: names ? { [key]: names } : null,
        availableOperators: runnableOperators(ctx.store),
        createdAt: ctx.nowIso(),
        updatedAt: null,
        deactivatedAt: null,
      };
      ctx.store.orchestrators.push(record);
      return record;
    },
    deleteOrchestrator: (_: unknown, args: { instanceIdentifier: string }, ctx: Context) => {
      requireAdmin(ctx, 'delete orchestrators');
      const record = findOrchestrator(ctx.store, {
        instanceIdentifier: args.instanceIdentifier,
        orchestratorIdentifier: null,
      });
      // Its secrets stay: they are listed under Secrets and may be used elsewhere.
      ctx.store.orchestrators = ctx.store.orchestrators.filter((o) => o !== record);
      return null;
    },
  },
};
