import { graphql } from '../../../lib/graphql.ts';

// list_cloud_credentials(), add_cloud_credentials(), delete_cloud_credentials(): the SDK's
// documents, named, with who added each set. No field carries the credentials themselves.
export const CloudCredentialsQuery = graphql(`
  query CloudCredentials {
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
`);

export const SetCloudCredentialsMutation = graphql(`
  mutation SetCloudCredentials(
    $provider: CloudProvider!
    $creds: String!
    $description: String
    $prefixes: [String!]
    $overwrite: Boolean
  ) {
    setCloudCredentials(
      provider: $provider
      credentials: $creds
      prefixes: $prefixes
      description: $description
      overwrite: $overwrite
    ) {
      provider
      prefixes
    }
  }
`);

export const RemoveCloudCredentialsMutation = graphql(`
  mutation RemoveCloudCredentials($provider: CloudProvider!, $prefixes: [String!]) {
    removeCloudCredentials(provider: $provider, prefixes: $prefixes)
  }
`);
