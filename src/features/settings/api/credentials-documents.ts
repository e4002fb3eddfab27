import { graphql } from '../../../lib/graphql.ts';

// The credentials page's own reads (fiftyone-api.md §3.4, §3.5): every user's API keys, a page of
// users at a time (User.apiKeys, which admins may read for anyone), and the cloud credentials with
// the first page. Only names, owners and dates: no field here carries a key or a credential.
// The secrets, and the plugins and orchestrators that use them, come from the secrets page's own
// document (`secretQueries.page`).
export const CredentialOwnersFragment = graphql(`
  fragment CredentialOwners on UserPage {
    pageTotal
    nodeTotal
    nodes {
      id
      name
      email
      role
      apiKeys {
        id
        name
        createdAt
      }
    }
  }
`);

export const CredentialsFirstPageQuery = graphql(
  `
    query CredentialsFirstPage($pageSize: Int!) {
      usersPage(page: 1, pageSize: $pageSize, order: { field: name }) {
        ...CredentialOwners
      }
      cloudCredentials {
        provider
        prefixes
        createdAt
        description
        createdBy {
          id
          name
          email
        }
      }
    }
  `,
  [CredentialOwnersFragment],
);

export const CredentialOwnersPageQuery = graphql(
  `
    query CredentialOwnersPage($page: Int!, $pageSize: Int!) {
      usersPage(page: $page, pageSize: $pageSize, order: { field: name }) {
        ...CredentialOwners
      }
    }
  `,
  [CredentialOwnersFragment],
);
