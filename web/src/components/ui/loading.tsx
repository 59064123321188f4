type LoadingProps = { label: string };

/** A polite status message with a spinner; the text is what screen readers announce. */
export function Loading({ label }: LoadingProps) {
  return (
    <div role="status" className="d-flex align-items-center gap-3 my-4">
      <div className="progress-spinner progress-spinner-active size-sm" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
