/** Where a group's member runs are kept, so a reload shows them on that group's page. */
export const membersScopeOf = (groupId: string) => `group-members:${groupId}`;
