import { ModalDialog } from './modal-dialog';

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

/**
 * Confirmation of a destructive action: a ModalDialog whose focus starts on cancel (the safe
 * choice, first of the buttons). The texts come from the caller, so each feature keeps its own
 * strings.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <ModalDialog
      title={title}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="btn btn-danger" disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p className="mb-0">{body}</p>
    </ModalDialog>
  );
}
