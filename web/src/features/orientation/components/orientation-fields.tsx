import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { TRACKS, type Track } from '@domain';
import { ControlledDateField } from '@/components/ui/controlled-date-field';

// The orientation form's controls: a bold label above each control, in a spaced block.

export const fromInput = (s: string) => new Date(`${s}T00:00:00Z`);

/** A label above its control (the control carries the id). */
export function Labelled({
  id,
  label,
  className = 'mb-3',
  labelClassName = 'form-label d-block fw-semibold',
  children,
}: {
  id: string;
  label: string;
  className?: string;
  labelClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={className || undefined}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children}
    </div>
  );
}

export function Text({
  id,
  label,
  value,
  onChange,
  rows = 2,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
}) {
  return (
    <Labelled id={id} label={label}>
      <textarea
        id={id}
        className="form-control"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </Labelled>
  );
}

/** A required day, typed gg/mm/aaaa; a day that is not valid keeps the day it had. */
export function DateInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Date;
  onChange: (d: Date) => void;
}) {
  return (
    <ControlledDateField
      id={id}
      label={label}
      value={value}
      onChange={(d) => d && onChange(d)}
      required
      className="mb-3 form-group"
    />
  );
}

/** One of the tracks; with `unknownLabel`, also "not known" (null). */
export function TrackSelect<V extends Track | null>({
  id,
  label,
  value,
  onChange,
  unknownLabel,
}: {
  id: string;
  label: string;
  value: V;
  onChange: (track: V) => void;
  unknownLabel?: string;
}) {
  const { t } = useTranslation('orientation');
  return (
    <Labelled id={id} label={label}>
      <select
        id={id}
        className="form-select"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || null) as V)}
      >
        {unknownLabel !== undefined && <option value="">{unknownLabel}</option>}
        {TRACKS.map((track) => (
          <option key={track} value={track}>
            {t(`tracks.${track}`)}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="form-check">
      <input
        id={id}
        type="checkbox"
        className="form-check-input"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id} className="form-check-label">
        {label}
      </label>
    </div>
  );
}

/**
 * A part of the record in its own fieldset; an optional part not filled in yet shows only the
 * button that starts it.
 */
export function Section({
  legend,
  add,
  children,
}: {
  legend: string;
  /** For an optional part not filled in yet: the button's label and what it does. */
  add?: { label: string; onClick: () => void } | null;
  children?: ReactNode;
}) {
  return (
    <fieldset className="border rounded p-3 mb-4">
      <legend className="h5 float-none w-auto px-2">{legend}</legend>
      {add ? (
        <button type="button" className="btn btn-outline-primary" onClick={add.onClick}>
          {add.label}
        </button>
      ) : (
        children
      )}
    </fieldset>
  );
}
