import { graphql } from '../../../lib/graphql.ts';

// The groups table (the web app's userGroupsPage) and a group's page.
export const GroupsPageQuery = graphql(`
  query GroupsPage(
    $page: Int!
    $pageSize: Int!
    $search: UserGroupSearchFieldsSearch
    $order: UserGroupOrderFieldsOrder
  ) {
    userGroupsPage(page: $page, pageSize: $pageSize, search: $search, order: $order) {
      page
      pageTotal
      nodeTotal
      nodes {
        id
        name
        slug
        description
        createdAt
        usersCount
      }
    }
  }
`);

// get_user_group(): by id, name or slug; null when there is no such group.
export const GroupDetailQuery = graphql(`
  query GroupDetail($identifier: String!) {
    userGroup(identifier: $identifier) {
      id
      name
      slug
      description
      createdAt
      createdBy {
        id
        name
      }
      usersCount
    }
  }
`);

export const GroupMembersQuery = graphql(`
  query GroupMembers(
    $identifier: String!
    $page: Int!
    $pageSize: Int!
    $search: UserSearchFieldsSearch
  ) {
    userGroup(identifier: $identifier) {
      id
      usersPage(page: $page, pageSize: $pageSize, search: $search) {
        page
        pageTotal
        nodeTotal
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

// Who is in the group already (ids only): the add-members picker leaves them out.
export const GroupMemberIdsQuery = graphql(`
  query GroupMemberIds($identifier: String!, $page: Int!, $pageSize: Int!) {
    userGroup(identifier: $identifier) {
      id
      usersPage(page: $page, pageSize: $pageSize) {
        pageTotal
        nodes {
          id
        }
      }
    }
  }
`);

export const CreateGroupMutation = graphql(`
  mutation CreateUserGroup($name: String!, $description: String) {
    createUserGroup(name: $name, description: $description) {
      id
      name
      slug
    }
  }
`);

export const UpdateGroupMutation = graphql(`
  mutation UpdateUserGroupInfo($identifier: String!, $name: String, $description: String) {
    updateUserGroupInfo(identifier: $identifier, name: $name, description: $description) {
      id
      name
      slug
      description
    }
  }
`);

export const DeleteGroupMutation = graphql(`
  mutation DeleteUserGroup($identifier: String!) {
    deleteUserGroup(userGroupIdentifier: $identifier)
  }
`);

export const AddGroupUsersMutation = graphql(`
  mutation AddUserGroupUsers($identifier: String!, $userIds: [String!]!) {
    addUserGroupUsers(userGroupIdentifier: $identifier, userIds: $userIds) {
      id
      usersCount
    }
  }
`);

export const RemoveGroupUsersMutation = graphql(`
  mutation RemoveUserGroupUsers($identifier: String!, $userIds: [String!]!) {
    removeUserGroupUsers(userGroupIdentifier: $identifier, userIds: $userIds) {
      id
      usersCount
    }
  }
`);
