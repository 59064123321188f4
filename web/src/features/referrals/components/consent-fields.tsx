import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { CONSENT_GIVERS, type ConsentGiver } from '@domain';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
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
  const field = (
    name: 'givenByName' | 'at' | 'language' | 'mediatorName',
    maxLength: number,
    required: boolean,
    className = 'form-group col-md-6',
  ) => (
    <TextField
      id={id(name)}
      label={t(`consent.${name}`)}
      required={required}
      error={errors[`consent.${name}`]}
      className={className}
      input={{ value: value[name], maxLength, onChange: (e) => set({ [name]: e.target.value }) }}
    />
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
          <SelectField
            id={id('givenBy')}
            label={t('consent.givenBy')}
            className="select-wrapper form-group col-md-6"
            options={CONSENT_GIVERS.map((g) => ({ value: g, label: t(`consent.${g}`) }))}
            select={{
              id: id('givenBy'),
              value: value.givenBy,
              onChange: (e) => set({ givenBy: e.target.value as ConsentGiver }),
            }}
          />
          {field('givenByName', 120, true)}
          {field('at', 10, true)}
          {field('language', 3, true)}
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
          {value.mediatorPresent && field('mediatorName', 120, false, 'form-group col-md-6 mt-3')}
        </div>
      )}
    </fieldset>
  );
}
