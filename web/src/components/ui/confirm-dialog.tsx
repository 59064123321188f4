import { useEffect, useId, useRef } from 'react';

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
 * Modal confirmation for a destructive action. Focus starts on cancel (the safe choice), stays
 * inside the dialog, and Escape cancels; the caller returns focus to the button that opened it.
 * The texts come from the caller, so each feature keeps its own strings.
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
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => cancelRef.current?.focus(), []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const buttons = dialogRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <>
      <div className="modal-backdrop fade show" />
      <div className="modal fade show d-block" tabIndex={-1} onKeyDown={onKeyDown}>
        <div
          ref={dialogRef}
          className="modal-dialog modal-dialog-centered"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-body`}
        >
          <div className="modal-content">
            <div className="modal-header">
              <h2 id={`${id}-title`} className="modal-title h5">
                {title}
              </h2>
            </div>
            <div className="modal-body">
              <p id={`${id}-body`}>{body}</p>
            </div>
            <div className="modal-footer">
              <button
                ref={cancelRef}
                type="button"
                className="btn btn-outline-primary"
                onClick={onCancel}
              >
                {cancelLabel}
              </button>
              <button type="button" className="btn btn-danger" disabled={busy} onClick={onConfirm}>
                {confirmLabel}
              </button>
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
