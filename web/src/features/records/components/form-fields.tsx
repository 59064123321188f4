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

/** What ties a field to the form (useRecordForm's fieldProps), without its label. */
export type FieldBinding = Omit<BaseProps, 'label' | 'required'>;

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

/** A required choice from a list, which starts on "Scegli…" so that nothing is chosen for the user. */
export function ChooseField(props: Omit<BaseProps, 'required'> & { options: Option[] }) {
  const { t } = useTranslation('records');
  return <SelectField {...props} required placeholder={t('form.choose')} />;
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
