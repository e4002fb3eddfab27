import {
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context.ts';
import { json } from './http.ts';
import { strictFieldResolver } from './schema.ts';

// POST graphql/v1 (fiftyone-api.md §1.2, §1.5): always HTTP 200 with `data` and/or `errors`,
// including for a body that is not JSON and for a document that does not parse or validate.

interface GraphQLBody {
  query: string;
  variables: Record<string, unknown> | null;
  operationName: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorResponse(text: string): Response {
  return json(200, { errors: [{ message: text }] });
}

async function readBody(request: Request): Promise<GraphQLBody | string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await request.text());
  } catch {
    return 'The request body is not valid JSON: send {"query": "...", "variables": {...}}';
  }
  if (!isRecord(parsed) || typeof parsed.query !== 'string') {
    return 'The request body must be a JSON object with a string "query"';
  }
  const { variables, operationName } = parsed;
  if (variables !== undefined && variables !== null && !isRecord(variables)) {
    return '"variables" must be a JSON object or null';
  }
  return {
    query: parsed.query,
    variables: variables ?? null,
    operationName: typeof operationName === 'string' ? operationName : null,
  };
}

export interface GraphQLOutcome {
  response: Response;
  /** True when a mutation ran (the store may have changed). */
  mutated: boolean;
}

export async function handleGraphQL(
  schema: GraphQLSchema,
  request: Request,
  ctx: Context,
): Promise<GraphQLOutcome> {
  const body = await readBody(request);
  if (typeof body === 'string') return { response: errorResponse(body), mutated: false };

  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    const result: ExecutionResult = {
      errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))],
    };
    return { response: json(200, result), mutated: false };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return { response: json(200, { errors: validationErrors }), mutated: false };
  }
  const result = await execute({
    schema,
    document,
    contextValue: ctx,
    variableValues: body.variables,
    operationName: body.operationName,
    fieldResolver: strictFieldResolver,
  });
  const operation = getOperationAST(document, body.operationName);
  return { response: json(200, result), mutated: operation?.operation === 'mutation' };
}
