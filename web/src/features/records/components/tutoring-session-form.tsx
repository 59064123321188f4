import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { TUTORING_FORMATS, type TutoringSession } from '@domain';
import {
  tutoringCrossChecks,
  tutoringFormSchema,
  tutoringToForm,
  type TutoringFormValues,
} from '../lib/form-schemas';
import { resolverWithCrossChecks } from '../lib/resolver';
import { AttendanceField, ChoiceGroup, TextField } from './form-fields';
import { DatedRecordForm } from './dated-record-form';
import { useDatedRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'tutoringSessions'> & {
  /** The author, recorded as the educator of a new session. */
  viewerUid: string;
};

export function TutoringSessionForm({ viewerUid, ...props }: Props) {
  const { initial } = props;
  // Editing keeps who held the session and the plan it came from; they are not typed.
  const schema = useMemo(
    () =>
      tutoringFormSchema({
        educatorUid: initial?.educatorUid ?? viewerUid,
        planId: initial?.planId ?? null,
      }),
    [initial, viewerUid],
  );
  const { t, form, fieldProps, frame } = useDatedRecordForm<TutoringFormValues, TutoringSession>({
    ...props,
    kind: 'tutoringSessions',
    resolver: resolverWithCrossChecks(schema, tutoringCrossChecks),
    defaultValues: tutoringToForm(initial),
  });
  const absent = useWatch({ control: form.control, name: 'attended' }) === 'false';

  return (
    <DatedRecordForm
      {...frame}
      beside={
        <>
          <div className="col-12 col-md-5">
            <TextField label={t('fields.subject')} required {...fieldProps('subject')} />
          </div>
          <div className="col-12 col-md-3">
            <TextField
              inputMode="numeric"
              label={t('fields.minutes')}
              required
              {...fieldProps('minutes')}
            />
          </div>
        </>
      }
    >
      <ChoiceGroup
        type="radio"
        legend={t('fields.format')}
        required
        options={TUTORING_FORMATS.map((v) => ({ value: v, label: t(`options.format.${v}`) }))}
        {...fieldProps('format')}
      />
      <AttendanceField {...fieldProps('attended')} />
      {absent && (
        <TextField
          label={t('fields.absenceReason')}
          hint={t('fields.absenceReasonHint')}
          required
          {...fieldProps('absenceReason', { id: 'reason' })}
        />
      )}
    </DatedRecordForm>
  );
}
