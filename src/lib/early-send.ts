import { print } from '@0no-co/graphql.web';
import { apiEndpoint, getConnection } from './connection.ts';
import { hasAppStarted, sent, type FirstRequest } from './early-requests.ts';

/** Sends `request` now, unless the app has already started asking. Never throws. */
export function sendEarly(request: FirstRequest): Promise<Response> | null {
  const connection = getConnection();
  if (hasAppStarted() || !connection) return null;
  const url = apiEndpoint(connection, 'graphql/v1');
  const operation = request.document.definitions.find((d) => d.kind === 'OperationDefinition');
  const response = fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'X-API-Key': connection.apiKey,
    },
    body: JSON.stringify({
      operationName: operation?.name?.value,
      query: print(request.document),
      variables: request.variables,
    }),
  });
  // A failure is the app's to see, when (and if) it takes this answer.
  response.catch(() => undefined);
  sent.push({
    document: request.document,
    variables: JSON.stringify(request.variables),
    url,
    apiKey: connection.apiKey,
    response,
    sentAt: Date.now(),
  });
  return response;
}
