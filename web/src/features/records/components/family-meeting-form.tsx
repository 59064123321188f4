import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MEETING_OUTCOMES, MEETING_PARTICIPANTS, type FamilyMeeting } from '@domain';
import { languageName } from '@/lib/format';
import { familyFormSchema, familyToForm, type FamilyFormValues } from '../lib/form-schemas';
import { todayInput } from '../lib/form-values';
import {
  CheckboxField,
  ChoiceGroup,
  RecordFormShell,
  SelectField,
  TextAreaField,
  TextField,
  errorAt,
  useErrorText,
} from './form-fields';
import { useRecordSave, type RecordFormProps } from './use-record-save';

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

export function FamilyMeetingForm({ initial, onSave, onSaved, onCancel, homeLanguages }: Props) {
  const { t, i18n } = useTranslation('records');
  const language = i18n.language === 'en' ? 'en' : 'it';
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FamilyFormValues, unknown, FamilyMeeting>({
    resolver: zodResolver(familyFormSchema),
    defaultValues: familyToForm(initial, homeLanguages[0] ?? 'it'),
  });
  const err = (path: string) => errorText(errorAt(errors, path));
  const held = useWatch({ control, name: 'held' }) === 'true';

  const codes = [
    ...new Set([...homeLanguages, ...(initial ? [initial.language] : []), ...COMMON_LANGUAGES]),
  ];
  const languageOptions = codes.map((code) => ({
    value: code,
    label: `${languageName(code, language)} (${code})`,
  }));

  return (
    <RecordFormShell
      title={t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t('kinds.familyMeetings') })}
      onSubmit={() => void handleSubmit(save)()}
      onCancel={onCancel}
      isSubmitting={isSubmitting}
      failure={failure}
      hasErrors={Object.keys(errors).length > 0}
    >
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-date`}
            type="date"
            max={todayInput()}
            label={t('fields.date')}
            hint={t('form.dateHint')}
            required
            registration={register('date')}
            error={err('date')}
          />
        </div>
        <div className="col-12 col-md-8">
          <SelectField
            id={`${id}-language`}
            label={t('fields.language')}
            required
            options={languageOptions}
            registration={register('language')}
            error={err('language')}
          />
        </div>
      </div>
      <ChoiceGroup
        id={`${id}-participants`}
        type="checkbox"
        legend={t('fields.participants')}
        required
        options={MEETING_PARTICIPANTS.map((v) => ({
          value: v,
          label: t(`options.participant.${v}`),
        }))}
        registration={register('participants')}
        error={err('participants')}
      />
      <div className="mb-3">
        <CheckboxField
          id={`${id}-mediator-needed`}
          label={t('fields.mediatorNeeded')}
          registration={register('mediatorNeeded')}
        />
        <CheckboxField
          id={`${id}-mediator-present`}
          label={t('fields.mediatorPresent')}
          registration={register('mediatorPresent')}
        />
      </div>
      <ChoiceGroup
        id={`${id}-held`}
        type="radio"
        legend={t('fields.heldLegend')}
        required
        inline={false}
        options={[
          { value: 'true', label: t('fields.held') },
          { value: 'false', label: t('fields.missed') },
        ]}
        registration={register('held')}
        error={err('held')}
      />
      {held && (
        <SelectField
          id={`${id}-outcome`}
          label={t('fields.outcome')}
          placeholder={t('options.noOutcome')}
          options={MEETING_OUTCOMES.map((v) => ({ value: v, label: t(`options.outcome.${v}`) }))}
          registration={register('outcome')}
          error={err('outcome')}
        />
      )}
      <div className="row">
        <div className="col-12 col-md-8">
          <TextField
            id={`${id}-follow-up`}
            label={t('fields.followUp')}
            registration={register('followUp')}
            error={err('followUp')}
          />
        </div>
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-follow-up-due`}
            type="date"
            label={t('fields.followUpDue')}
            hint={t('form.dateHint')}
            registration={register('followUpDue')}
            error={err('followUpDue')}
          />
        </div>
      </div>
      <TextAreaField
        id={`${id}-notes`}
        label={t('fields.notes')}
        registration={register('notes')}
        error={err('notes')}
      />
    </RecordFormShell>
  );
}
