// Placeholder until this area's issue lands: it says what the area will hold.
export { GroupsPlaceholder as Component } from '../../../app/routes/placeholders.tsx';
