import type { SelectOption } from '@/components/ui/select-field';

type CompactSelectProps = {
  id: string;
  /** Read by screen readers only: the row around the select says what it is about. */
  label: string;
  /** The empty first option. */
  placeholder: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  className: string;
  disabled?: boolean;
  required?: boolean;
  /** Why the value is refused, shown under the select. */
  error?: string;
};

/** A small select inside a table row or list item, its label visually hidden. */
export function CompactSelect({
  id,
  label,
  placeholder,
  options,
  value,
  onChange,
  className,
  disabled,
  required,
  error,
}: CompactSelectProps) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className={`${className}${error ? ' is-invalid' : ''}`}
        aria-required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        disabled={disabled}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${id}-error`} className="invalid-feedback d-block">
          {error}
        </span>
      )}
    </>
  );
}
