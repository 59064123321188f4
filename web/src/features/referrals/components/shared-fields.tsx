import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { SHARED_FIELDS, type SharedField } from '@domain';
import { TextField } from '@/components/ui/text-field';

type SharedFieldsProps = {
  value: SharedField[];
  onChange: (next: SharedField[]) => void;
  /** Typed by the sender when the family's contact is ticked (the pupil record holds none). */
  familyContact: string;
  onFamilyContactChange: (next: string) => void;
  familyContactError?: string;
};

/** The pupil's data the school shares with the service: nothing ticked by default. */
export function SharedFields({
  value,
  onChange,
  familyContact,
  onFamilyContactChange,
  familyContactError,
}: SharedFieldsProps) {
  const { t } = useTranslation('referrals');
  // Kept in the domain's order, whatever the order of the clicks.
  const toggle = (field: SharedField, on: boolean) =>
    onChange(
      on
        ? SHARED_FIELDS.filter((f) => f === field || value.includes(f))
        : value.filter((f) => f !== field),
    );
  return (
    <fieldset className="border rounded p-3 mb-4">
      <legend className="h5 float-none w-auto px-2">{t('form.sharedTitle')}</legend>
      <p>{t('form.sharedIntro')}</p>
      {SHARED_FIELDS.map((field) => (
        <div className="form-check" key={field}>
          <input
            id={`referral-shared-${field}`}
            type="checkbox"
            checked={value.includes(field)}
            onChange={(e) => toggle(field, e.target.checked)}
          />
          <label htmlFor={`referral-shared-${field}`}>{t(`shared.${field}`)}</label>
        </div>
      ))}
      {value.includes('familyContact') && (
        <TextField
          id="referral-familyContact"
          label={t('form.familyContact')}
          required
          error={familyContactError}
          className="form-group mt-3"
          input={{
            maxLength: 300,
            value: familyContact,
            onChange: (e) => onFamilyContactChange(e.target.value),
          }}
        />
      )}
    </fieldset>
  );
}
