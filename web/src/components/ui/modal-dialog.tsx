import { useEffect, useId, useRef, type ReactNode } from 'react';

type ModalDialogProps = {
  title: string;
  /** Text or fields of the dialog; `describedBy` links the explanation for screen readers. */
  children: ReactNode;
  actions: ReactNode;
  onCancel: () => void;
};

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href]';

/**
 * Modal for a consequential action (revoke, erase, transfer). Focus starts on the first field
 * or, without fields, on the first button (put "Annulla" first: the safe choice); Tab stays
 * inside and Escape cancels.
 */
export function ModalDialog({ title, children, actions, onCancel }: ModalDialogProps) {
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Back to the button that opened the dialog when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    const first =
      dialog?.querySelector<HTMLElement>('input, select') ??
      dialog?.querySelector<HTMLElement>('button');
    first?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [];
    const first = items[0];
    const last = items[items.length - 1];
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
            <div id={`${id}-body`} className="modal-body">
              {children}
            </div>
            <div className="modal-footer">{actions}</div>
          </div>
        </div>
      </div>
    </>
  );
}
