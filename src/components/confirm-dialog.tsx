import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useState,
  type ReactNode,
} from 'react';

// The dialog itself loads the first time something asks for a confirmation.
const ConfirmDialog = lazy(() =>
  import('./confirm-dialog-body.tsx').then((module) => ({ default: module.ConfirmDialog })),
);

export interface ConfirmOptions {
  title: string;
  /** What will be lost, in words the person recognises. */
  description: ReactNode;
  confirmLabel: string;
  /** Irreversible: the confirm button is red. */
  destructive?: boolean;
  /** The most destructive operations ask for this text to be typed. */
  typeToConfirm?: string;
  /** Runs while the dialog stays open and busy; a failure is shown in the dialog. */
  action: () => Promise<unknown>;
}

type Confirm = (options: ConfirmOptions) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

interface Pending extends ConfirmOptions {
  resolve: (done: boolean) => void;
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback<Confirm>(
    (options) => new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  );
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {pending && (
        <Suspense fallback={null}>
          <ConfirmDialog
            key={pending.title}
            options={pending}
            onClose={(done) => {
              pending.resolve(done);
              setPending(null);
            }}
          />
        </Suspense>
      )}
    </ConfirmContext.Provider>
  );
}

/** `await confirm({...})`: true once the action has succeeded, false if the person cancelled. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider');
  return confirm;
}
