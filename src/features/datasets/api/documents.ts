import { graphql } from '../../../lib/graphql.ts';

// The datasets table: what the viewer can see, with their own permission on each.
export const DatasetsPageQuery = graphql(`
  query DatasetsPage(
    $page: Int!
    $pageSize: Int!
    $search: DatasetSearchFieldsSearch
    $order: DatasetOrderFieldsOrder
    $filter: DatasetFilter
  ) {
    datasetsPage(
      page: $page
      pageSize: $pageSize
      search: $search
      order: $order
      filter: $filter
    ) {
      page
      pageTotal
      nodeTotal
      nodes {
        id
        name
        slug
        mediaType
        samplesCount
        createdAt
        lastLoadedAt
        viewer {
          activePermission
        }
      }
    }
  }
`);

// A dataset's access page: the people with a grant of their own, the groups with theirs (and
// their members, so the page can explain anyone's access and preview a new default).
export const DatasetAccessQuery = graphql(`
  query DatasetAccess($identifier: String!) {
    dataset(identifier: $identifier) {
      id
      name
      slug
      description
      mediaType
      samplesCount
      createdAt
      defaultPermission
      createdBy {
        id
        name
        email
        role
      }
      viewer {
        id
        activePermission
      }
      users(first: 10000, order: { field: name }) {
        id
        name
        email
        role
        activePermission
        userPermission
      }
      userGroups(first: 1000, order: { field: name }) {
        id
        name
        slug
        description
        permission
        usersCount
        users(first: 1000) {
          id
          name
          email
          role
        }
      }
    }
  }
`);

/** Just the viewer's own access (for pages that must decide what to show). */
export const DatasetViewerQuery = graphql(`
  query DatasetViewer($identifier: String!) {
    dataset(identifier: $identifier) {
      id
      name
      defaultPermission
      viewer {
        id
        activePermission
      }
    }
  }
`);

// get_permissions_for_dataset_user(): one person on one dataset (null: no access).
export const DatasetPersonQuery = graphql(`
  query DatasetPerson($identifier: String!, $userId: String!) {
    dataset(identifier: $identifier) {
      id
      user(id: $userId) {
        id
        name
        email
        role
        activePermission
        userPermission
      }
    }
  }
`);

// Every dataset's sources for one person (admins see every dataset): for the role-change preview.
export const PersonAccessQuery = graphql(`
  query PersonAccess($userId: String!, $first: Int!) {
    datasets(first: $first, order: { field: name }) {
      id
      name
      defaultPermission
      user(id: $userId) {
        activePermission
        userPermission
      }
      userGroups(first: 1000, filter: { userId: { eq: $userId } }) {
        name
        permission
      }
    }
  }
`);

// get_permissions_for_user_group(): the datasets a group has a grant on.
export const GroupDatasetsQuery = graphql(`
  query GroupDatasets($groupId: String!, $first: Int!) {
    datasets(first: $first, order: { field: name }) {
      id
      name
      mediaType
      userGroup(identifier: $groupId) {
        id
        permission
      }
    }
  }
`);

export const SetDefaultPermissionMutation = graphql(`
  mutation SetDatasetDefaultPermission($identifier: String!, $permission: DatasetPermission!) {
    setDatasetDefaultPermission(datasetIdentifier: $identifier, permission: $permission) {
      id
      defaultPermission
    }
  }
`);

export const SetUserPermissionMutation = graphql(`
  mutation SetDatasetUserPermission(
    $identifier: String!
    $permission: DatasetPermission!
    $userId: String
    $email: Email
    $role: UserRole
  ) {
    setDatasetUserPermission(
      datasetIdentifier: $identifier
      permission: $permission
      userId: $userId
      email: $email
      role: $role
    ) {
      id
    }
  }
`);

export const RemoveUserPermissionMutation = graphql(`
  mutation RemoveDatasetUserPermission($identifier: String!, $userId: String!) {
    removeDatasetUserPermission(datasetIdentifier: $identifier, userId: $userId) {
      id
    }
  }
`);

export const SetGroupPermissionMutation = graphql(`
  mutation SetDatasetUserGroupPermission(
    $identifier: String!
    $group: String!
    $permission: DatasetPermission!
  ) {
    setDatasetUserGroupPermission(
      datasetIdentifier: $identifier
      userGroupIdentifier: $group
      permission: $permission
    ) {
      id
    }
  }
`);

export const RemoveGroupPermissionMutation = graphql(`
  mutation RemoveDatasetUserGroupPermission($identifier: String!, $group: String!) {
    removeDatasetUserGroupPermission(datasetIdentifier: $identifier, userGroupIdentifier: $group) {
      id
    }
  }
`);

// People and groups a dataset manager (who cannot list users or groups) already knows: their
// own groups, and everyone with access to the datasets they manage.
export const KnownPeopleQuery = graphql(`
  query KnownPeople {
    viewer {
      id
      userGroups(first: 1000) {
        id
        name
      }
    }
    datasets(first: 10000, filter: { userPermission: { eq: MANAGE } }) {
      id
      users(first: 10000) {
        id
        name
        email
        role
      }
      userGroups(first: 1000) {
        id
        name
        users(first: 1000) {
          id
          name
          email
          role
        }
      }
    }
  }
`);
