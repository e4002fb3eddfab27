import { graphql } from '../../../lib/graphql.ts';

// The report's fixed documents. The matrix's cells come from one document built per screen
// (matrix-document.ts): its aliases depend on who and which datasets are on screen.

/** The datasets the viewer manages (an admin manages every dataset), names only: the picker. */
export const ManagedDatasetsQuery = graphql(`
  query AccessManagedDatasets($first: Int!) {
    datasets(first: $first, filter: { userPermission: { eq: MANAGE } }, order: { field: name }) {
      id
      name
    }
  }
`);

/** A page of the organization's people (admins), in name order. */
export const AccessPeopleQuery = graphql(`
  query AccessPeople($page: Int!, $pageSize: Int!, $search: UserSearchFieldsSearch) {
    usersPage(page: $page, pageSize: $pageSize, search: $search, order: { field: name }) {
      nodeTotal
      pageTotal
      nodes {
        id
        name
        email
        role
      }
    }
  }
`);

/** A page of one group's members (admins). */
export const AccessGroupMembersQuery = graphql(`
  query AccessGroupMembers(
    $group: String!
    $page: Int!
    $pageSize: Int!
    $search: UserSearchFieldsSearch
  ) {
    userGroup(identifier: $group) {
      id
      usersPage(page: $page, pageSize: $pageSize, search: $search) {
        nodeTotal
        pageTotal
        nodes {
          id
          name
          email
          role
        }
      }
    }
  }
`);

/** A page of the organization's groups (admins). */
export const AccessGroupsQuery = graphql(`
  query AccessGroups($page: Int!, $pageSize: Int!) {
    userGroupsPage(page: $page, pageSize: $pageSize, order: { field: name }) {
      nodeTotal
      pageTotal
      nodes {
        id
        name
      }
    }
  }
`);

/**
 * A page of the reported datasets with the groups granted at least a level on each (and each
 * dataset's default): the group rows of "at least this level". Groups have no dataset count of
 * their own in the API, so the datasets are read instead (admins and managers alike).
 */
export const AccessGroupsAtLevelQuery = graphql(`
  query AccessGroupsAtLevel(
    $page: Int!
    $pageSize: Int!
    $filter: DatasetFilter!
    $level: DatasetPermission!
  ) {
    datasetsPage(page: $page, pageSize: $pageSize, filter: $filter, order: { field: name }) {
      nodeTotal
      pageTotal
      nodes {
        id
        defaultPermission
        userGroups(first: 1000, filter: { permission: { ge: $level } }) {
          id
          name
        }
      }
    }
  }
`);

/**
 * A dataset manager cannot list the organization: the people and groups they can know are those
 * with a grant on a dataset they manage (and the members of those groups).
 */
export const ManagerRosterQuery = graphql(`
  query AccessManagerRoster($first: Int!) {
    datasets(first: $first, filter: { userPermission: { eq: MANAGE } }) {
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

/** Where one person's access to one dataset comes from: the "why" of a cell. */
export const CellSourcesQuery = graphql(`
  query AccessCellSources($dataset: String!, $userId: String!) {
    dataset(identifier: $dataset) {
      id
      name
      defaultPermission
      user(id: $userId) {
        activePermission
        userPermission
      }
      userGroups(first: 1000, filter: { userId: { eq: $userId } }, order: { field: name }) {
        name
        permission
      }
    }
  }
`);

/** Everything one person can access (admins: the person's own list, paged on the server). */
export const PersonDatasetsQuery = graphql(`
  query AccessPersonDatasets(
    $userId: String!
    $page: Int!
    $pageSize: Int!
    $filter: DatasetFilter
  ) {
    user(id: $userId) {
      id
      name
      email
      role
      datasetsPage(page: $page, pageSize: $pageSize, filter: $filter, order: { field: name }) {
        nodeTotal
        nodes {
          id
          name
          defaultPermission
          user(id: $userId) {
            activePermission
            userPermission
          }
          userGroups(first: 1000, filter: { userId: { eq: $userId } }, order: { field: name }) {
            name
            permission
          }
        }
      }
    }
  }
`);

/** The same for a dataset manager: over the datasets they manage (few), kept where it has access. */
export const ManagedPersonDatasetsQuery = graphql(`
  query AccessManagedPersonDatasets($userId: String!, $first: Int!) {
    datasets(first: $first, filter: { userPermission: { eq: MANAGE } }, order: { field: name }) {
      id
      name
      defaultPermission
      user(id: $userId) {
        id
        name
        email
        role
        activePermission
        userPermission
      }
      userGroups(first: 1000, filter: { userId: { eq: $userId } }, order: { field: name }) {
        name
        permission
      }
    }
  }
`);
