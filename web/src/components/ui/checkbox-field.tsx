import type { ReactNode } from 'react';

type CheckboxFieldProps = {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The wrapper's classes (grid columns); a Bootstrap Italia form-check by default. */
  className?: string;
  describedBy?: string;
};

/** One labelled checkbox, its label after the box. */
export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  className = 'form-check',
  describedBy,
}: CheckboxFieldProps) {
  return (
    <div className={className}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
