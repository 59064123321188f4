type FormButtonsProps = {
  /** The form is being sent: submitting again is disabled and the label says so. */
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  onCancel: () => void;
};

/** A form's submit button and, next to it, the way out. */
export function FormButtons({
  busy,
  submitLabel,
  busyLabel,
  cancelLabel,
  onCancel,
}: FormButtonsProps) {
  return (
    <div className="d-flex gap-2">
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
