import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/services/locales';
import {
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  SERVICE_STATUSES,
  SERVICE_TEXT_FIELDS,
  TRANSLATION_LANGUAGES,
  translateValidationMessage,
  type Service,
  type TranslationLanguage,
} from '@domain';
import { FailureAlert } from '@/components/ui/failure-alert';
import { ariaState, FieldFrame } from '@/components/ui/form-field';
import { FormButtons } from '@/components/ui/form-buttons';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { useValidatedSubmit } from '@/lib/use-validated-submit';
import {
  parseServiceForm,
  serviceFormValues,
  setTranslation,
  type ServiceFormField,
  type ServiceFormValues,
} from '../lib/service-form';

type ServiceFormProps = {
  /** The service being edited (id and data), or null for a new one. */
  editing: { id: string; service: Service } | null;
  /** The organisations to pick from; an operator gets only their own. */
  organizations: readonly { id: string; name: string }[];
  onSave: (id: string, service: Service) => Promise<void>;
  onCancel: () => void;
  /** The clock (tests fix it). */
  now?: () => Date;
};

/** Creates or edits a directory entry, checked with the same schema as the rules. */
export function ServiceForm({ editing, organizations, onSave, onCancel, now }: ServiceFormProps) {
  const { t } = useTranslation('services');
  const language = useLanguage();
  const callableError = useCallableErrorText();
  const titleId = useId();
  const [values, setValues] = useState<ServiceFormValues>(() =>
    serviceFormValues(editing?.id ?? null, editing?.service ?? null, organizations[0]?.id ?? ''),
  );
  const [translationLanguage, setTranslationLanguage] = useState<TranslationLanguage>('en');
  const message = (key: string | undefined) =>
    key === undefined ? undefined : translateValidationMessage(key, language);

  const { errors, failure, saving, submit } = useValidatedSubmit({
    parse: () => parseServiceForm(values, editing?.service ?? null, (now ?? (() => new Date()))()),
    save: (parsed) => onSave(parsed.id, parsed.service),
    errorText: callableError,
  });

  const set = <K extends keyof ServiceFormValues>(name: K, value: ServiceFormValues[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  const text = (name: ServiceFormField, className = 'col-12 form-group', required = false) => (
    <TextField
      id={`service-${name}`}
      label={t(`form.${name}` as 'form.name')}
      error={message(errors[name])}
      required={required}
      className={className}
      input={{
        type: 'text',
        autoComplete: 'off',
        disabled: name === 'id' && editing !== null,
        value: values[name] as string,
        onChange: (e) => set(name, e.target.value as never),
      }}
    />
  );
  const area = (name: ServiceFormField, rows = 3) => {
    const frame = { id: `service-${name}`, error: message(errors[name]) };
    return (
      <FieldFrame {...frame} label={t(`form.${name}` as 'form.name')} className="col-12 form-group">
        <textarea
          id={frame.id}
          rows={rows}
          className={['form-control', frame.error ? 'is-invalid' : ''].join(' ')}
          value={values[name] as string}
          onChange={(e) => set(name, e.target.value as never)}
          {...ariaState(frame)}
        />
      </FieldFrame>
    );
  };
  const check = (
    name: 'free' | 'interpretationAvailable' | 'acceptingReferrals',
    label: string,
  ) => (
    <div className="form-check col-12 col-md-4">
      <input
        id={`service-${name}`}
        type="checkbox"
        checked={values[name]}
        onChange={(e) => set(name, e.target.checked)}
      />
      <label htmlFor={`service-${name}`}>{label}</label>
    </div>
  );
  const fieldset = (legend: string, children: ReactNode) => (
    <fieldset className="col-12 mb-3">
      <legend className="h6">{legend}</legend>
      <div className="row">{children}</div>
    </fieldset>
  );
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <section aria-labelledby={titleId} className="card card-bg p-3 p-md-4 my-4">
      <h2 id={titleId} className="h4">
        {editing ? t('form.editTitle', { name: editing.service.name }) : t('form.createTitle')}
      </h2>
      <p className="small">{t('form.personalDataHint')}</p>
      <form noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
        <FailureAlert message={failure} />
        <FailureAlert
          message={hasErrors ? t('form.fixErrors') : null}
          className="alert alert-warning"
        />
        <div className="row">
          {text('id', 'col-12 col-md-6 form-group', true)}
          <SelectField
            id="service-organizationId"
            label={t('form.organization')}
            className="select-wrapper col-12 col-md-6 form-group"
            error={message(errors.organizationId)}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            select={{
              id: 'service-organizationId',
              value: values.organizationId,
              disabled: organizations.length < 2,
              onChange: (e) => set('organizationId', e.target.value),
            }}
          />
          {text('name', 'col-12 form-group', true)}
          {area('description')}
          {fieldset(
            t('form.categories'),
            <>
              {SERVICE_CATEGORIES.map((c) => (
                <div key={c} className="form-check col-12 col-md-6">
                  <input
                    id={`service-category-${c}`}
                    type="checkbox"
                    checked={values.categories.includes(c)}
                    onChange={(e) =>
                      set(
                        'categories',
                        e.target.checked
                          ? SERVICE_CATEGORIES.filter(
                              (x) => x === c || values.categories.includes(x),
                            )
                          : values.categories.filter((x) => x !== c),
                      )
                    }
                  />
                  <label htmlFor={`service-category-${c}`}>
                    {SERVICE_CATEGORY_LABELS[c][language]}
                  </label>
                </div>
              ))}
              {errors.categories && (
                <p className="text-danger small col-12" role="alert">
                  {message(errors.categories)}
                </p>
              )}
            </>,
          )}
          <SelectField
            id="service-status"
            label={t('form.status')}
            className="select-wrapper col-12 col-md-4 form-group"
            options={SERVICE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            select={{
              id: 'service-status',
              value: values.status,
              onChange: (e) => set('status', e.target.value as Service['status']),
            }}
          />
          {check('acceptingReferrals', t('form.acceptingReferrals'))}
          {check('interpretationAvailable', t('form.interpretation'))}
          {area('eligibility', 2)}
          {text('minimumAge', 'col-6 col-md-3 form-group')}
          {text('maximumAge', 'col-6 col-md-3 form-group')}
          {check('free', t('form.free'))}
          {text('costDescription')}
          {text('languages')}
          {area('howToApply', 2)}
          {area('documentsNeeded', 3)}
          {text('website', 'col-12 col-md-4 form-group')}
          {text('email', 'col-12 col-md-4 form-group')}
          {text('phone', 'col-12 col-md-4 form-group')}
          {text('locationName', 'col-12 col-md-6 form-group')}
          {text('address', 'col-12 col-md-6 form-group')}
          {text('postalCode', 'col-4 col-md-2 form-group')}
          {text('city', 'col-8 col-md-4 form-group')}
          {text('accessibility', 'col-12 col-md-6 form-group')}
          {area('schedule', 4)}
          {text('scheduleNotes')}
          {fieldset(
            t('form.translations'),
            <>
              <SelectField
                id="service-translation-language"
                label={t('form.translationLanguage')}
                className="select-wrapper col-12 col-md-4 form-group"
                options={TRANSLATION_LANGUAGES.map((l) => ({ value: l, label: l }))}
                select={{
                  id: 'service-translation-language',
                  value: translationLanguage,
                  onChange: (e) => setTranslationLanguage(e.target.value as TranslationLanguage),
                }}
              />
              {errors.translations && (
                <p className="text-danger small col-12" role="alert">
                  {message(errors.translations)}
                </p>
              )}
              {SERVICE_TEXT_FIELDS.map((field) => (
                <TextField
                  key={`${translationLanguage}-${field}`}
                  id={`service-tr-${field}`}
                  label={`${t(`form.${field}`)} (${translationLanguage})`}
                  className="col-12 form-group"
                  input={{
                    type: 'text',
                    lang: translationLanguage,
                    dir: ['ar', 'fa', 'ps', 'ur'].includes(translationLanguage) ? 'rtl' : 'ltr',
                    value: values.translations[field]?.[translationLanguage] ?? '',
                    onChange: (e) =>
                      set(
                        'translations',
                        setTranslation(
                          values.translations,
                          field,
                          translationLanguage,
                          e.target.value,
                        ),
                      ),
                  }}
                />
              ))}
            </>,
          )}
        </div>
        <FormButtons
          busy={saving}
          submitLabel={t('form.save')}
          busyLabel={t('form.save')}
          cancelLabel={t('form.cancel')}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}
