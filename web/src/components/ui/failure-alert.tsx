/** Why an action or a load failed, announced at once; nothing without a message. */
export function FailureAlert({
  message,
  className = 'alert alert-danger',
}: {
  message: string | null | undefined;
  className?: string;
}) {
  if (!message) return null;
  return (
    <div role="alert" className={className}>
      {message}
    </div>
  );
}

export type Outcome = { ok: boolean; text: string };

/** The outcome of an action, announced where it shows: a success as a status, a failure as an alert. */
export function OutcomeAlert({ outcome }: { outcome: Outcome | null }) {
  return (
    <div aria-live="polite">
      {outcome && (
        <div
          role={outcome.ok ? 'status' : 'alert'}
          className={`alert ${outcome.ok ? 'alert-success' : 'alert-danger'}`}
        >
          {outcome.text}
        </div>
      )}
    </div>
  );
}
