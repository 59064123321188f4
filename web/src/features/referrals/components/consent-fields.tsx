import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { CONSENT_GIVERS, type ConsentGiver } from '@domain';
import { formatItalianDate, parseItalianDate } from '@/lib/dates';

/** The consent block as typed: the date as gg/mm/aaaa text, read with the domain's parser. */
export type ConsentDraft = {
  given: boolean;
  givenBy: ConsentGiver;
  givenByName: string;
  at: string;
  language: string;
  mediatorPresent: boolean;
  mediatorName: string;
};

export function emptyConsent(now = new Date()): ConsentDraft {
  return {
    given: false,
    givenBy: 'mother',
    givenByName: '',
    at: formatItalianDate(now),
    language: 'it',
    mediatorPresent: false,
    mediatorName: '',
  };
}

/** The callable's consent, or null while the family's consent is not recorded. */
export function consentInput(draft: ConsentDraft) {
  if (!draft.given) return null;
  const at = parseItalianDate(draft.at);
  return {
    givenBy: draft.givenBy,
    givenByName: draft.givenByName.trim(),
    // An unreadable date is left for the schema to report.
    at: at.ok ? at.date : new Date(Number.NaN),
    language: draft.language.trim().toLowerCase(),
    mediatorPresent: draft.mediatorPresent,
    mediatorName: draft.mediatorPresent ? draft.mediatorName.trim() : '',
  };
}

type ConsentFieldsProps = {
  idPrefix: string;
  value: ConsentDraft;
  onChange: (next: ConsentDraft) => void;
  errors: Record<string, string | undefined>;
};

/** Who gave consent, when, in which language, with a mediator or not: recorded before sending. */
export function ConsentFields({ idPrefix, value, onChange, errors }: ConsentFieldsProps) {
  const { t } = useTranslation('referrals');
  const set = (patch: Partial<ConsentDraft>) => onChange({ ...value, ...patch });
  const id = (name: string) => `${idPrefix}-consent-${name}`;
  const errorOf = (name: string) => errors[`consent.${name}`];
  const field = (name: keyof ConsentDraft, label: string, extra: { maxLength: number }) => (
    <div className="form-group col-md-6">
      <label htmlFor={id(name)} className="active">
        {label}
        <span aria-hidden="true"> *</span>
      </label>
      <input
        id={id(name)}
        className="form-control"
        value={String(value[name])}
        maxLength={extra.maxLength}
        aria-required
        aria-invalid={errorOf(name) ? true : undefined}
        aria-describedby={errorOf(name) ? `${id(name)}-error` : undefined}
        onChange={(e) => set({ [name]: e.target.value })}
      />
      {errorOf(name) && (
        <div id={`${id(name)}-error`} className="invalid-feedback d-block">
          {errorOf(name)}
        </div>
      )}
    </div>
  );
  return (
    <fieldset className="border rounded p-3 mb-4">
      <legend className="h5 float-none w-auto px-2">{t('consent.title')}</legend>
      <p>{t('consent.intro')}</p>
      <div className="form-check">
        <input
          id={id('given')}
          type="checkbox"
          checked={value.given}
          onChange={(e) => set({ given: e.target.checked })}
        />
        <label htmlFor={id('given')}>{t('consent.given')}</label>
      </div>
      {errors.consent && (
        <div className="invalid-feedback d-block" role="alert">
          {errors.consent}
        </div>
      )}
      {value.given && (
        <div className="row mt-3">
          <div className="form-group col-md-6">
            <label htmlFor={id('givenBy')} className="active">
              {t('consent.givenBy')}
            </label>
            <select
              id={id('givenBy')}
              className="form-select"
              value={value.givenBy}
              onChange={(e) => set({ givenBy: e.target.value as ConsentGiver })}
            >
              {CONSENT_GIVERS.map((g) => (
                <option key={g} value={g}>
                  {t(`consent.${g}`)}
                </option>
              ))}
            </select>
          </div>
          {field('givenByName', t('consent.givenByName'), { maxLength: 120 })}
          {field('at', t('consent.at'), { maxLength: 10 })}
          {field('language', t('consent.language'), { maxLength: 3 })}
          <div className="col-12">
            <div className="form-check">
              <input
                id={id('mediatorPresent')}
                type="checkbox"
                checked={value.mediatorPresent}
                onChange={(e) => set({ mediatorPresent: e.target.checked })}
              />
              <label htmlFor={id('mediatorPresent')}>{t('consent.mediatorPresent')}</label>
            </div>
          </div>
          {value.mediatorPresent && (
            <div className="form-group col-md-6 mt-3">
              <label htmlFor={id('mediatorName')} className="active">
                {t('consent.mediatorName')}
              </label>
              <input
                id={id('mediatorName')}
                className="form-control"
                value={value.mediatorName}
                maxLength={120}
                onChange={(e) => set({ mediatorName: e.target.value })}
              />
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}
