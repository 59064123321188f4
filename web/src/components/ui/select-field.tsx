import type { Ref, SelectHTMLAttributes } from 'react';
import { FieldFrame, type FieldFrameProps } from './form-field';

export type SelectOption = { value: string; label: string };

type SelectFieldProps = FieldFrameProps & {
  /** The frame's classes (grid columns); a Bootstrap Italia select wrapper by default. */
  className?: string;
  /** The empty first option ("Scegli…"), if the field may start unset. */
  placeholder?: string;
  options: readonly SelectOption[];
  /** What the select itself takes: value and change handler, or react-hook-form's register. */
  select: SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> };
};

/** A labelled list to pick from, with its hint and error (FieldFrame). */
export function SelectField({
  className = 'select-wrapper form-group',
  placeholder,
  options,
  select,
  ...frame
}: SelectFieldProps) {
  const shown =
    placeholder === undefined ? options : [{ value: '', label: placeholder }, ...options];
  return (
    <FieldFrame {...frame} className={className}>
      <select {...select} className={frame.error ? 'is-invalid' : undefined}>
        {shown.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
