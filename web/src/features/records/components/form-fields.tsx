import { useEffect, useRef, type ReactNode } from 'react';
import { get, type FieldErrors, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import { translateValidationMessage } from '@domain';
import {
  FieldFrame,
  type FieldFrameProps,
  HintAndError,
  ariaState,
  describedBy,
} from '@/components/ui/form-field';
import { DateField } from '@/components/ui/date-field';
import type { SaveErrorKey } from '../lib/save-outcome';

// The records' form fields, on the shared primitives of components/ui/form-field.tsx.

/** Translates a schema message (`validation.*`) into the interface language. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('records');
  const language = useLanguage();
  return (message) => {
    if (message === undefined) return undefined;
    // Keys the domain does not carry (zod's own English defaults) get a neutral text.
    return message.startsWith('validation.')
      ? translateValidationMessage(message, language)
      : t('form.invalidValue');
  };
}

/** The message of the first error found at one of `paths` (domain paths may run deeper). */
export function errorAt(errors: FieldErrors, ...paths: string[]): string | undefined {
  for (const path of paths) {
    const error: unknown = get(errors, path);
    if (typeof error === 'object' && error !== null && 'message' in error) {
      const { message } = error;
      if (typeof message === 'string' && message !== '') return message;
    }
  }
  return undefined;
}

type BaseProps = FieldFrameProps & { registration: UseFormRegisterReturn };

export function TextField({
  registration,
  type = 'text',
  inputMode,
  max,
  autoComplete = 'off',
  ...field
}: BaseProps & {
  type?: 'text';
  inputMode?: 'text' | 'numeric' | 'decimal';
  max?: string;
  autoComplete?: string;
}) {
  return (
    <FieldFrame {...field}>
      <input
        id={field.id}
        type={type}
        inputMode={inputMode}
        max={max}
        autoComplete={autoComplete}
        className={`form-control${field.error ? ' is-invalid' : ''}`}
        {...ariaState(field)}
        {...registration}
      />
    </FieldFrame>
  );
}

/** The shared gg/mm/aaaa date field (components/ui/date-field.tsx). */
export { DateField };

export function TextAreaField({ registration, ...field }: BaseProps) {
  return (
    <FieldFrame {...field}>
      <textarea
        id={field.id}
        rows={3}
        className={`form-control${field.error ? ' is-invalid' : ''}`}
        {...ariaState(field)}
        {...registration}
      />
    </FieldFrame>
  );
}

/** The day the recorded thing happened: required, and not after today. */
function RecordDateField(props: Omit<BaseProps, 'label' | 'required'>) {
  const { t } = useTranslation('records');
  return <DateField {...props} label={t('fields.date')} required />;
}

/**
 * The first row of a form for something that happened on a day: its date, then the row's other
 * columns (`children`).
 */
export function RecordDateRow({
  children,
  ...date
}: Omit<BaseProps, 'label' | 'required'> & { children: ReactNode }) {
  return (
    <div className="row">
      <div className="col-12 col-md-4">
        <RecordDateField {...date} />
      </div>
      {children}
    </div>
  );
}

/** The free notes every record may carry. */
export function NotesField(props: Omit<BaseProps, 'label' | 'required'>) {
  const { t } = useTranslation('records');
  return <TextAreaField {...props} label={t('fields.notes')} />;
}

export type Option = { value: string; label: string };

export function SelectField({
  registration,
  options,
  placeholder,
  ...field
}: BaseProps & { options: Option[]; placeholder?: string }) {
  return (
    <FieldFrame {...field} className="select-wrapper form-group">
      <select
        id={field.id}
        className={field.error ? 'is-invalid' : undefined}
        {...ariaState(field)}
        {...registration}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Radios or checkboxes under a fieldset whose legend is the question. */
export function ChoiceGroup({
  id,
  legend,
  registration,
  options,
  type,
  error,
  hint,
  required,
  inline = true,
}: Omit<BaseProps, 'label'> & {
  legend: string;
  options: Option[];
  type: 'radio' | 'checkbox';
  inline?: boolean;
}) {
  return (
    <fieldset className="form-group" aria-describedby={describedBy(id, hint, error)}>
      <legend className="fs-6 fw-semibold">
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {options.map((o) => (
        <div key={o.value} className={`form-check${inline ? ' form-check-inline' : ''}`}>
          <input id={`${id}-${o.value}`} type={type} value={o.value} {...registration} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/** A yes/no question as two radios whose values are the strings "true" and "false". */
export function YesNoField({
  yes,
  no,
  ...props
}: Omit<BaseProps, 'label'> & { legend: string; yes: string; no: string; inline?: boolean }) {
  return (
    <ChoiceGroup
      {...props}
      type="radio"
      options={[
        { value: 'true', label: yes },
        { value: 'false', label: no },
      ]}
    />
  );
}

/** Whether the pupil came to a session. */
export function AttendanceField(props: Omit<BaseProps, 'label' | 'required'>) {
  const { t } = useTranslation('records');
  return (
    <YesNoField
      {...props}
      legend={t('fields.attendance')}
      yes={t('fields.attended')}
      no={t('fields.absent')}
      required
    />
  );
}

export function CheckboxField({ id, label, registration }: Omit<BaseProps, 'error'>) {
  return (
    <div className="form-check">
      <input id={id} type="checkbox" {...registration} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export type RecordFormShellProps = {
  title: string;
  onSubmit: () => void;
  onCancel: () => void;
  isSubmitting: boolean;
  failure: SaveErrorKey | null;
  hasErrors: boolean;
  /** The record cannot be saved by this user (the form says why): the save button is off. */
  saveBlocked?: boolean;
  children: ReactNode;
};

/**
 * Frame of every record form: a heading that takes focus when the form opens, the reason of a
 * failed save (the typed values stay), and the actions.
 */
export function RecordFormShell({
  title,
  onSubmit,
  onCancel,
  isSubmitting,
  failure,
  hasErrors,
  saveBlocked = false,
  children,
}: RecordFormShellProps) {
  const { t } = useTranslation('records');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <form
      className="card card-bg p-3 p-md-4 my-3"
      noValidate
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 ref={headingRef} tabIndex={-1} className="h4">
        {title}
      </h3>
      <p className="small">{t('form.requiredHint')}</p>
      {failure && (
        <div role="alert" className="alert alert-danger">
          {t(failure)}
        </div>
      )}
      {hasErrors && !failure && (
        <div role="alert" className="alert alert-warning">
          {t('form.fixErrors')}
        </div>
      )}
      {children}
      <div className="d-flex flex-wrap gap-2 mt-3">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting || saveBlocked}>
          {isSubmitting ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
