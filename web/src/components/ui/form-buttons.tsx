type FormButtonsProps = {
  /** The form is being sent: submitting again is disabled and the label says so. */
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  /** The save is not this user's to make (the form says why): submitting is disabled. */
  blocked?: boolean;
  /** The row's classes (spacing above, wrapping). */
  className?: string;
};

/** A form's submit button and, next to it, the way out. */
export function FormButtons({
  busy,
  submitLabel,
  busyLabel,
  cancelLabel,
  onCancel,
  blocked = false,
  className = 'd-flex gap-2',
}: FormButtonsProps) {
  return (
    <div className={className}>
      <button type="submit" className="btn btn-primary" disabled={busy || blocked}>
        {busy ? busyLabel : submitLabel}
      </button>
      <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
