import { useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TUTORING_FORMATS, type TutoringSession } from '@domain';
import {
  tutoringCrossChecks,
  tutoringFormSchema,
  tutoringToForm,
  type TutoringFormValues,
} from '../lib/form-schemas';
import { resolverWithCrossChecks } from '../lib/resolver';
import { todayInput } from '../lib/form-values';
import {
  ChoiceGroup,
  RecordFormShell,
  TextAreaField,
  TextField,
  errorAt,
  useErrorText,
} from './form-fields';
import { useRecordSave, type RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'tutoringSessions'> & {
  /** The author, recorded as the educator of a new session. */
  viewerUid: string;
};

export function TutoringSessionForm({ initial, onSave, onSaved, onCancel, viewerUid }: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  // Editing keeps who held the session and the plan it came from; they are not typed.
  const schema = useMemo(
    () =>
      tutoringFormSchema({
        educatorUid: initial?.educatorUid ?? viewerUid,
        planId: initial?.planId ?? null,
      }),
    [initial, viewerUid],
  );
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<TutoringFormValues, unknown, TutoringSession>({
    resolver: resolverWithCrossChecks(schema, tutoringCrossChecks),
    defaultValues: tutoringToForm(initial),
  });
  const err = (path: string) => errorText(errorAt(errors, path));
  const absent = useWatch({ control, name: 'attended' }) === 'false';

  return (
    <RecordFormShell
      title={t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t('kinds.tutoringSessions') })}
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
        <div className="col-12 col-md-5">
          <TextField
            id={`${id}-subject`}
            label={t('fields.subject')}
            required
            registration={register('subject')}
            error={err('subject')}
          />
        </div>
        <div className="col-12 col-md-3">
          <TextField
            id={`${id}-minutes`}
            inputMode="numeric"
            label={t('fields.minutes')}
            required
            registration={register('minutes')}
            error={err('minutes')}
          />
        </div>
      </div>
      <ChoiceGroup
        id={`${id}-format`}
        type="radio"
        legend={t('fields.format')}
        required
        options={TUTORING_FORMATS.map((v) => ({ value: v, label: t(`options.format.${v}`) }))}
        registration={register('format')}
        error={err('format')}
      />
      <ChoiceGroup
        id={`${id}-attended`}
        type="radio"
        legend={t('fields.attendance')}
        required
        options={[
          { value: 'true', label: t('fields.attended') },
          { value: 'false', label: t('fields.absent') },
        ]}
        registration={register('attended')}
        error={err('attended')}
      />
      {absent && (
        <TextField
          id={`${id}-reason`}
          label={t('fields.absenceReason')}
          hint={t('fields.absenceReasonHint')}
          required
          registration={register('absenceReason')}
          error={err('absenceReason')}
        />
      )}
      <TextAreaField
        id={`${id}-notes`}
        label={t('fields.notes')}
        registration={register('notes')}
        error={err('notes')}
      />
    </RecordFormShell>
  );
}
