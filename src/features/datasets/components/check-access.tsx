import { Alert, Button, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { errorMessage } from '../../../lib/api-error.ts';
import { userQueries } from '../../users/api/queries.ts';
import { EMAIL_PATTERN } from '../api/grant-schema.ts';
import { datasetQueries, type Person } from '../api/queries.ts';
import { PersonField } from './person-field.tsx';

/** "Why does this person have…?" for anyone, not only the people listed: by name or e-mail. */
export function CheckAccess({
  dataset,
  admin,
  onExplain,
}: {
  dataset: string;
  admin: boolean;
  onExplain: (person: Person) => void;
}) {
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<Person | null>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (event: SyntheticEvent) => {
    event.preventDefault();
    setMessage(null);
    if (person) return onExplain(person);
    const typed = text.trim();
    if (!EMAIL_PATTERN.test(typed)) {
      setMessage('Choose someone from the list, or type their full e-mail address.');
      return;
    }
    setBusy(true);
    try {
      const found = await queryClient.query(datasetQueries.person(dataset, typed));
      if (found) return onExplain(found);
      // No access: an admin can still find out who it is and explain why.
      const user = admin ? await queryClient.query(userQueries.lookup(typed)) : null;
      if (user) return onExplain(user);
      setMessage(
        admin
          ? `No user has the e-mail ${typed}.`
          : `${typed} has no access to ${dataset}, or is not in the organization.`,
      );
    } catch (error) {
      setMessage(`Checking ${typed} failed: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack
      component="form"
      aria-label="Check someone's access"
      onSubmit={(event) => void check(event)}
      spacing={1}
      noValidate
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 260 }}>
          <PersonField
            label="Check someone's access"
            admin={admin}
            value={person}
            inputValue={text}
            onChange={setPerson}
            onInputChange={setText}
          />
        </div>
        <Button type="submit" variant="outlined" disabled={busy} sx={{ height: 56 }}>
          Explain
        </Button>
      </Stack>
      {message && <Alert severity="info">{message}</Alert>}
    </Stack>
  );
}
