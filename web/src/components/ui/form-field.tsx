import type { ReactNode } from 'react';

// Bootstrap Italia form primitives: every field has a visible label, its hint and error tied to
// it with aria-describedby, and aria-invalid when the error shows.

export type FieldFrameProps = {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
};

/** The ids of a field's hint and error, for its aria-describedby. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="active">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

export function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </>
  );
}

/** A field's label above its control, and its hint and error below. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  className = 'form-group',
  children,
}: FieldFrameProps & { className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} />
      {children}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** What a control announces: invalid when its error shows, required, and what describes it. */
export function ariaState({ id, hint, error, required }: Omit<FieldFrameProps, 'label'>) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}
