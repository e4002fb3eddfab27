import { Alert } from '@mui/material';
import {
  useController,
  type Control,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from 'react-hook-form';
import { errorMessage } from '../../../lib/api-error.ts';
import { notify } from '../../../lib/notifications.ts';
import type { Role } from '../../../lib/roles.ts';
import type { GrantLevel } from '../lib/access-rules.ts';
import { PermissionSelect } from './permission-select.tsx';

// The parts the "add to a dataset's access" dialogs (a person, a group) share.

type GrantFormValues = FieldValues & { permission: GrantLevel };

/** The level a grant form gives; `hint` shows under it while the field has no error. */
export function GrantPermissionField<T extends GrantFormValues>({
  control,
  holderRole,
  hint,
}: {
  control: Control<T>;
  /** The role that caps the level, when it is known. */
  holderRole?: Role | null;
  hint?: string;
}) {
  const { field, fieldState } = useController({ control, name: 'permission' as Path<T> });
  return (
    <PermissionSelect
      label="Permission"
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      holderRole={holderRole}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? hint}
      fullWidth
    />
  );
}

/** The form's own error (not one field's), above the buttons. */
export function GrantFormError({ message }: { message: string | undefined }) {
  return message === undefined ? null : (
    <Alert severity="error" role="alert">
      {message}
    </Alert>
  );
}

/**
 * The submit handler of a grant form: `send` makes the request and returns what to tell the
 * user; then the dialog closes. A failure stays in the dialog, on the field `errorField` names
 * for its message (the form as a whole by default).
 */
export function grantSubmit<T extends FieldValues>({
  handleSubmit,
  setError,
  send,
  onClose,
  errorField = () => 'root',
}: Pick<UseFormReturn<T>, 'handleSubmit' | 'setError'> & {
  send: (values: T) => Promise<string>;
  onClose: () => void;
  errorField?: (message: string) => Path<T> | 'root';
}) {
  return handleSubmit(async (values) => {
    try {
      notify(await send(values));
      onClose();
    } catch (error) {
      const message = errorMessage(error);
      setError(errorField(message), { message });
    }
  });
}
