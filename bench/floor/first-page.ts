// The floor pages' one request: the same first page of users, through the same proxy and with the
// key from session storage, as the baseline (bench/baseline.js) sends. Sent when this module is
// evaluated, before anything renders, so the data is never what the first row waits for.
import { useEffect, useState } from 'react';

export interface FloorUser {
  id: string;
  name: string;
  email: string;
  role: string;
}

function firstPageOfUsers(): Promise<FloorUser[]> {
  const stored = JSON.parse(sessionStorage.getItem('fo-console-connection') ?? '{}') as {
    apiKey?: string;
  };
  return fetch('/graphql/v1', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-API-Key': stored.apiKey ?? '' },
    body: JSON.stringify({
      query:
        'query ($page: Int!, $pageSize: Int!) { usersPage(page: $page, pageSize: $pageSize, order: {field: name}) { nodeTotal nodes { id name email role } } }',
      variables: { page: 1, pageSize: 25 },
    }),
  })
    .then((response) => response.json())
    .then((body: { data: { usersPage: { nodes: FloorUser[] } } }) => body.data.usersPage.nodes);
}

const firstPage = firstPageOfUsers();

/** The first page of users once it is in (none before). */
export function useFirstPageOfUsers(): FloorUser[] {
  const [users, setUsers] = useState<FloorUser[]>([]);
  useEffect(() => void firstPage.then(setUsers), []);
  return users;
}
