// The `unknown-values` scenario: a newer server's answers, with values this console was not
// built for (a LABELER role, an ANNOTATE permission, a KUBERNETES orchestrator environment) and
// fields it never asked for. The console must show them as text and keep working.

const NEW_VALUES: Record<string, Record<string, string>> = {
  role: { GUEST: 'LABELER' },
  inviteeRole: { GUEST: 'LABELER' },
  activePermission: { TAG: 'ANNOTATE' },
  userPermission: { TAG: 'ANNOTATE' },
  permission: { TAG: 'ANNOTATE' },
  environment: { SELF_REGISTERED: 'KUBERNETES' },
};

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const renamed = typeof field === 'string' ? NEW_VALUES[key]?.[field] : undefined;
    out[key] = renamed ?? rewrite(field);
  }
  // A field a newer server adds to everything.
  out.addedInAFutureVersion = true;
  return out;
}

/** The GraphQL answer as a newer server would give it. */
export async function withUnknownValues(response: Response): Promise<Response> {
  const body: unknown = await response.json();
  const data: unknown =
    typeof body === 'object' && body !== null ? Reflect.get(body, 'data') : undefined;
  const next = typeof body === 'object' && body !== null ? { ...body, data: rewrite(data) } : body;
  return new Response(JSON.stringify(next), { status: response.status, headers: response.headers });
}
