import type { ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

type ActionDialogProps = {
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Bootstrap classes of the confirm button: a danger button unless told. */
  confirmClassName?: string;
  /** Confirming is disabled (the action runs, or a field is missing); cancelling still closes. */
  confirmDisabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
};

/**
 * A ModalDialog with "cancel" first (where focus starts when there is no field: the safe
 * choice) and the confirm button. The texts come from the caller, so each feature keeps its own
 * strings.
 */
export function ActionDialog({
  title,
  confirmLabel,
  cancelLabel,
  confirmClassName = 'btn btn-danger',
  confirmDisabled,
  onConfirm,
  onCancel,
  children,
}: ActionDialogProps) {
  return (
    <ModalDialog
      title={title}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={confirmClassName}
            disabled={confirmDisabled}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </ModalDialog>
  );
}

type ConfirmDialogProps = {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The action is running: confirming again is disabled, cancelling still closes. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Confirmation of a destructive action, explained in one sentence. */
export function ConfirmDialog({ body, busy, ...dialog }: ConfirmDialogProps) {
  return (
    <ActionDialog {...dialog} confirmDisabled={busy}>
      <p className="mb-0">{body}</p>
    </ActionDialog>
  );
}
