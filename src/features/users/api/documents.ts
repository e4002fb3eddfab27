import { graphql } from '../../../lib/graphql.ts';

export const SeatsFragment = graphql(`
  fragment Seats on UsersAudit {
    users {
      current
      remaining
    }
    collaborators {
      current
      remaining
    }
    guests {
      current
      remaining
    }
  }
`);

// The users table and the seats above it, in one request per page view.
export const UsersPageQuery = graphql(
  `
    query UsersPage(
      $page: Int!
      $pageSize: Int!
      $search: UserSearchFieldsSearch
      $order: UserOrderFieldsOrder
    ) {
      usersPage(page: $page, pageSize: $pageSize, search: $search, order: $order) {
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
      usersAudit {
        ...Seats
      }
    }
  `,
  [SeatsFragment],
);

export const SeatsQuery = graphql(
  `
    query Seats {
      usersAudit {
        ...Seats
      }
    }
  `,
  [SeatsFragment],
);

export const UserDetailQuery = graphql(`
  query UserDetail($id: String!) {
    user(id: $id) {
      id
      name
      email
      role
      picture
      userGroups(first: 100) {
        id
        name
        slug
        description
      }
      datasetsCount
      datasets(first: 100, order: { field: name }) {
        id
        name
        mediaType
        samplesCount
        user(id: $id) {
          activePermission
          userPermission
        }
      }
    }
  }
`);

// get_user(): id or e-mail; unknown → null.
export const UserLookupQuery = graphql(`
  query UserLookup($userId: String!) {
    user(id: $userId) {
      id
      name
      email
      role
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      createdAt
      expiresAt
      inviteeEmail
      inviteeRole
      url
    }
  }
`);

export const SetUserRoleMutation = graphql(`
  mutation SetUserRole($userId: String!, $role: UserRole!) {
    setUserRole(userId: $userId, role: $role) {
      id
      name
      email
      role
    }
  }
`);

export const RemoveUserMutation = graphql(`
  mutation RemoveUser($userId: String!) {
    removeUser(userId: $userId)
  }
`);

export const SendInvitationMutation = graphql(`
  mutation SendInvitation($email: String!, $role: UserRole!) {
    sendUserInvitation(email: $email, role: $role) {
      id
      createdAt
      expiresAt
      inviteeEmail
      inviteeRole
      url
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: String!) {
    revokeUserInvitation(invitationId: $invitationId)
  }
`);

// The users CSV export: a page of users with their groups (a person is in few groups; the
// export reads up to 1,000 each, far above any real membership count).
export const UsersExportQuery = graphql(`
  query UsersExport(
    $page: Int!
    $pageSize: Int!
    $search: UserSearchFieldsSearch
    $order: UserOrderFieldsOrder
  ) {
    usersPage(page: $page, pageSize: $pageSize, search: $search, order: $order) {
      pageTotal
      nodeTotal
      nodes {
        id
        name
        email
        role
        userGroups(first: 1000, order: { field: name }) {
          name
        }
      }
    }
  }
`);

// A person's datasets with their permission, a page at a time (the CSV export reads them all).
export const UserDatasetsExportQuery = graphql(`
  query UserDatasetsExport($id: String!, $page: Int!, $pageSize: Int!) {
    user(id: $id) {
      id
      datasetsPage(page: $page, pageSize: $pageSize, order: { field: name }) {
        pageTotal
        nodeTotal
        nodes {
          id
          name
          user(id: $id) {
            activePermission
            userPermission
          }
        }
      }
    }
  }
`);

// Everyone's e-mail and role, a page at a time: the CSV import checks each row against them.
export const UserEmailsQuery = graphql(`
  query UserEmails($page: Int!, $pageSize: Int!) {
    usersPage(page: $page, pageSize: $pageSize) {
      pageTotal
      nodeTotal
      nodes {
        email
        role
      }
    }
  }
`);
