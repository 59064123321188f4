import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch } from 'react-hook-form';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import { MEETING_OUTCOMES, MEETING_PARTICIPANTS, type FamilyMeeting } from '@domain';
import { languageName } from '@/lib/format';
import { familyFormSchema, familyToForm, type FamilyFormValues } from '../lib/form-schemas';
import {
  CheckboxField,
  ChoiceGroup,
  DateField,
  SelectField,
  TextField,
  YesNoField,
} from './form-fields';
import { DatedRecordForm } from './dated-record-form';
import { useDatedRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

/**
 * Languages of the largest migrant communities in Lombard schools (ISO 639), after Italian:
 * the list a mediator picks from. The pupil's home languages come first.
 */
export const COMMON_LANGUAGES = [
  'it',
  'ar',
  'sq',
  'ro',
  'zh',
  'es',
  'en',
  'fr',
  'ur',
  'bn',
  'pa',
  'hi',
  'si',
  'ta',
  'tl',
  'uk',
  'ru',
  'pt',
  'wo',
  'ber',
  'ff',
  'tw',
  'yo',
  'ig',
  'am',
  'ti',
  'so',
  'fa',
  'ps',
  'tr',
  'ku',
  'mk',
  'sr',
  'pl',
  'ml',
] as const;

type Props = RecordFormProps<'familyMeetings'> & { homeLanguages: string[] };

export function FamilyMeetingForm({ homeLanguages, ...props }: Props) {
  const { initial } = props;
  const language = useLanguage();
  const { t, form, fieldProps, frame } = useDatedRecordForm<FamilyFormValues, FamilyMeeting>({
    ...props,
    kind: 'familyMeetings',
    resolver: zodResolver(familyFormSchema),
    defaultValues: familyToForm(initial, homeLanguages[0] ?? 'it'),
  });
  const held = useWatch({ control: form.control, name: 'held' }) === 'true';

  const codes = [
    ...new Set([...homeLanguages, ...(initial ? [initial.language] : []), ...COMMON_LANGUAGES]),
  ];
  const languageOptions = codes.map((code) => ({
    value: code,
    label: `${languageName(code, language)} (${code})`,
  }));

  return (
    <DatedRecordForm
      {...frame}
      beside={
        <div className="col-12 col-md-8">
          <SelectField
            label={t('fields.language')}
            required
            options={languageOptions}
            {...fieldProps('language')}
          />
        </div>
      }
    >
      <ChoiceGroup
        type="checkbox"
        legend={t('fields.participants')}
        required
        options={MEETING_PARTICIPANTS.map((v) => ({
          value: v,
          label: t(`options.participant.${v}`),
        }))}
        {...fieldProps('participants')}
      />
      <div className="mb-3">
        <CheckboxField
          label={t('fields.mediatorNeeded')}
          {...fieldProps('mediatorNeeded', { id: 'mediator-needed' })}
        />
        <CheckboxField
          label={t('fields.mediatorPresent')}
          {...fieldProps('mediatorPresent', { id: 'mediator-present' })}
        />
      </div>
      <YesNoField
        legend={t('fields.heldLegend')}
        yes={t('fields.held')}
        no={t('fields.missed')}
        required
        inline={false}
        {...fieldProps('held')}
      />
      {held && (
        <SelectField
          label={t('fields.outcome')}
          placeholder={t('options.noOutcome')}
          options={MEETING_OUTCOMES.map((v) => ({ value: v, label: t(`options.outcome.${v}`) }))}
          {...fieldProps('outcome')}
        />
      )}
      <div className="row">
        <div className="col-12 col-md-8">
          <TextField
            label={t('fields.followUp')}
            {...fieldProps('followUp', { id: 'follow-up' })}
          />
        </div>
        <div className="col-12 col-md-4">
          <DateField
            label={t('fields.followUpDue')}
            {...fieldProps('followUpDue', { id: 'follow-up-due' })}
          />
        </div>
      </div>
    </DatedRecordForm>
  );
}
