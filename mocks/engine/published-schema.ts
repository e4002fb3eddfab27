import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldDefinitionNode,
} from 'graphql';

// The published server's surface as far as we know it: schema.graphql without what its header
// marks `[ext]` (features the 2026 SDK documents whose real GraphQL names are unknown).
// A line whose comment starts with `[ext]` marks the definition, field or enum value that starts
// on it; a comment saying `<name> argument [ext]` marks only that argument of the line's field
// (updateSecret's `value`). Extensions left without fields are dropped too.

/** Which schema the mock serves: everything, or only what the published server has. */
export type SchemaMode = 'full' | 'published';

export function isSchemaMode(value: unknown): value is SchemaMode {
  return value === 'full' || value === 'published';
}

interface LineMarks {
  /** Lines whose whole element is [ext]. */
  whole: Set<number>;
  /** Per line, the names of arguments that are [ext]. */
  args: Map<number, Set<string>>;
}

function readMarks(typeDefs: string): LineMarks {
  const marks: LineMarks = { whole: new Set(), args: new Map() };
  typeDefs.split('\n').forEach((text, index) => {
    const line = index + 1;
    const hash = text.indexOf('#');
    if (hash < 0) return;
    const comment = text.slice(hash + 1).trim();
    if (comment.startsWith('[ext]')) marks.whole.add(line);
    for (const match of comment.matchAll(/(\w+) argument \[ext\]/g)) {
      const name = match[1];
      if (!name) continue;
      const names = marks.args.get(line) ?? new Set<string>();
      names.add(name);
      marks.args.set(line, names);
    }
  });
  return marks;
}

function startLine(node: ASTNode): number | undefined {
  return node.loc?.startToken.line;
}

function isMarked(node: ASTNode, marks: LineMarks): boolean {
  const line = startLine(node);
  return line !== undefined && marks.whole.has(line);
}

function withoutExtArguments(node: FieldDefinitionNode, marks: LineMarks): FieldDefinitionNode {
  const line = startLine(node);
  const names = line === undefined ? undefined : marks.args.get(line);
  if (!names || !node.arguments) return node;
  return { ...node, arguments: node.arguments.filter((arg) => !names.has(arg.name.value)) };
}

/** The published schema's AST, derived from the full SDL. */
export function publishedSchemaDocument(typeDefs: string): DocumentNode {
  const marks = readMarks(typeDefs);
  const pruned: DocumentNode = visit(parse(typeDefs), {
    enter(node) {
      if (node.kind === Kind.DOCUMENT) return undefined;
      if (isMarked(node, marks)) return null;
      if (node.kind === Kind.FIELD_DEFINITION) return withoutExtArguments(node, marks);
      return undefined;
    },
  });
  return {
    ...pruned,
    definitions: pruned.definitions.filter(
      (definition) =>
        !(
          (definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
            definition.kind === Kind.INPUT_OBJECT_TYPE_EXTENSION) &&
          (definition.fields?.length ?? 0) === 0
        ),
    ),
  };
}

/** The published schema's SDL. */
export function publishedTypeDefs(typeDefs: string): string {
  return print(publishedSchemaDocument(typeDefs));
}

/** The SDL the mock serves in a mode. */
export function typeDefsFor(typeDefs: string, mode: SchemaMode): string {
  return mode === 'published' ? publishedTypeDefs(typeDefs) : typeDefs;
}
