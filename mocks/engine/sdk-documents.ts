// The management SDK's GraphQL documents, verbatim (fiftyone/management/users.py and
// api_key.py; fiftyone-api.md §3.1–3.4), whitespace, anonymous operations and all. The tests
// send exactly these, so the mock is checked against what a real client sends.

export const VIEWER_QUERY = `
    query {
        viewer {
            id
            name
            email
            role
        }
    }
`;

export const CONNECTION_CHECK_QUERY = 'query {viewer {id}}';

export const GET_USER_QUERY = `
    query ($userId: String!) {
        user(id: $userId) {
            id
            name
            email
            role
        }
    }
`;

export const LIST_USERS_QUERY = `
    query($after: String) {
        usersConnection(first:25, after: $after) {
            pageInfo{
                hasNextPage
                endCursor
            }
            edges {
                node {
                    id
                    name
                    email
                    role
                }
            }
        }
    }
`;

export const DELETE_USER_QUERY = `
    mutation($userId: String!) {
      removeUser(userId: $userId)
    }
`;

export const SET_USER_ROLE_QUERY = `
    mutation($userId: String!, $role: UserRole!) {
      setUserRole(userId: $userId, role: $role) { id }
    }
`;

export const SEND_INVITATION_QUERY = `
    mutation($email: String!, $role: UserRole!) {
      sendUserInvitation(email: $email, role: $role) { id }
    }
`;

export const LIST_PENDING_INVITATIONS_QUERY = `
    query {
        invitations {
            id
            createdAt
            expiresAt
            inviteeEmail
            inviteeRole
            url
        }
    }
`;

export const DELETE_INVITATION_QUERY = `
    mutation($invitationId: String!) {
      revokeUserInvitation(invitationId: $invitationId)
    }
`;

export const GENERATE_API_KEY_QUERY = `
    mutation($name: String!, $userId: String) {
      generateApiKey(
            name: $name
            userId: $userId
        ) { key }
    }
`;

export const LIST_API_KEYS_QUERY = `
    query ($userId: String!) {
        user (id: $userId) {
            apiKeys {
                id
                name
                createdAt
            }
        }
    }
`;

export const DELETE_API_KEY_QUERY = `
    mutation($key: String!, $userId: String) {
      removeApiKey(
            keyId: $key
            userId: $userId
        )
    }
`;
