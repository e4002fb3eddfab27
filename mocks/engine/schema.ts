import {
  buildSchema,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context.ts';
import { notImplemented } from './errors.ts';
import { typeDefsFor, type SchemaMode } from './published-schema.ts';

// A resolver takes the parent object and the field's arguments with the types the schema gives
// them. graphql-js validates and coerces arguments against the schema before calling it, so the
// schema is the type boundary; the method-signature trick below lets each resolver declare its
// own source and argument types (parameters of methods are checked bivariantly).
export type Resolver = {
  bivarianceHack(source: unknown, args: object, ctx: Context, info: GraphQLResolveInfo): unknown;
}['bivarianceHack'];

/** Resolvers by type name, then field name. */
export type ResolverMap = Record<string, Record<string, Resolver>>;

/** Merges per-domain resolver maps (a later map may add fields to a type, never replace one). */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const target = (merged[typeName] ??= {});
      for (const [fieldName, resolver] of Object.entries(fields)) {
        if (fieldName in target) throw new Error(`Two resolvers for ${typeName}.${fieldName}`);
        target[fieldName] = resolver;
      }
    }
  }
  return merged;
}

/** Sets `field.resolve` on the built schema; a resolver for an unknown field is a bug. */
export function attachResolvers(schema: GraphQLSchema, resolvers: ResolverMap): void {
  for (const [typeName, fieldResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Resolvers given for unknown object type ${typeName}`);
    const fields = type.getFields();
    for (const [fieldName, resolver] of Object.entries(fieldResolvers)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`Resolver given for unknown field ${typeName}.${fieldName}`);
      field.resolve = resolver;
    }
  }
  // Every root field the mock does not serve yet answers with a clear NOT_IMPLEMENTED error.
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      field.resolve ??= () => notImplemented(field.name);
    }
  }
}

/**
 * The default resolver for fields without one: the parent's own property of the same name.
 * A parent without that property means the mock does not model the field yet, which is reported
 * as NOT_IMPLEMENTED rather than a confusing "cannot return null" error.
 */
export const strictFieldResolver: GraphQLFieldResolver<unknown, Context> = (
  source,
  _args,
  _ctx,
  info,
) => {
  if (typeof source === 'object' && source !== null && Object.hasOwn(source, info.fieldName)) {
    const value: unknown = Reflect.get(source, info.fieldName);
    return value;
  }
  return notImplemented(`${info.parentType.name}.${info.fieldName}`);
};

/**
 * Only the resolvers whose type and field the schema has: the published schema (published-schema.ts)
 * lacks the [ext] fields, whose resolvers then serve nothing.
 */
export function resolversFor(schema: GraphQLSchema, resolvers: ResolverMap): ResolverMap {
  const kept: ResolverMap = {};
  for (const [typeName, fieldResolvers] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    kept[typeName] = Object.fromEntries(
      Object.entries(fieldResolvers).filter(([fieldName]) => fieldName in fields),
    );
  }
  return kept;
}

export function createExecutableSchema(
  typeDefs: string,
  resolvers: ResolverMap,
  mode: SchemaMode = 'full',
): GraphQLSchema {
  const schema = buildSchema(typeDefsFor(typeDefs, mode));
  attachResolvers(schema, mode === 'full' ? resolvers : resolversFor(schema, resolvers));
  return schema;
}

const NEWER_SECTION = /^# -+ published, not yet used by the console -+\n[\s\S]*?(?=^# -{5,})/m;

/** The SDL of a server that predates the published-but-unused section (the older-server scenario). */
export function olderServerTypeDefs(typeDefs: string): string {
  return typeDefs.replace(NEWER_SECTION, '');
}

/** An executable schema of the older server. */
export function createOlderServerSchema(typeDefs: string, resolvers: ResolverMap): GraphQLSchema {
  const schema = buildSchema(olderServerTypeDefs(typeDefs));
  attachResolvers(schema, resolversFor(schema, resolvers));
  return schema;
}
