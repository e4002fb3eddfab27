import { Link as RouterLink } from 'react-router';
import { Button } from '@mui/material';
import { EmptyState } from '../../components/empty-state.tsx';

export function Component() {
  return (
    <EmptyState
      title="There is no page here"
      action={
        <Button component={RouterLink} to="/" variant="contained">
          Go to the start page
        </Button>
      }
    >
      The address may be mistyped, or the page has moved.
    </EmptyState>
  );
}
