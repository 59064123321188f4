import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PRIMARY_JUDGEMENTS, type SchoolLevel, type TermRecord } from '@domain';
import {
  markKindFor,
  subjectsFor,
  termCrossChecks,
  termFormSchema,
  termToForm,
  type TermFormValues,
} from '../lib/form-schemas';
import { resolverWithCrossChecks } from '../lib/resolver';
import {
  RecordFormShell,
  SelectField,
  TextField,
  errorAt,
  useErrorText,
  type Option,
} from './form-fields';
import { useRecordSave, type RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'termRecords'> & {
  /** The class level decides numeric marks or giudizi sintetici (primaria). */
  level: SchoolLevel | undefined;
  /** 2 for quadrimestri, 3 for trimestri. */
  termCount: number;
  /** Annual hours of the pupil's previous term record, offered again. */
  lastAnnualHours: number | null;
};

export function TermRecordForm({
  initial,
  onSave,
  onSaved,
  onCancel,
  level,
  termCount,
  lastAnnualHours,
}: Props) {
  const { t } = useTranslation('records');
  const id = useId();
  const errorText = useErrorText();
  const { failure, save } = useRecordSave(onSave, onSaved);
  const markKind = markKindFor(level);
  const schema = useMemo(() => termFormSchema(markKind), [markKind]);
  const [subjects] = useState(() => subjectsFor(level, Object.keys(initial?.marks ?? {})));
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<TermFormValues, unknown, TermRecord>({
    resolver: resolverWithCrossChecks(schema, termCrossChecks),
    defaultValues: termToForm(initial, {
      today: new Date(),
      annualHours: lastAnnualHours,
      subjects,
    }),
  });
  const err = (...paths: string[]) => errorText(errorAt(errors, ...paths));
  const terms = Array.from({ length: Math.max(termCount, initial?.term ?? 1) }, (_, i) => {
    const value = String(i + 1) as '1' | '2' | '3';
    return { value, label: t(`options.term.${value}`) };
  });
  const judgements: Option[] = PRIMARY_JUDGEMENTS.map((j) => ({ value: j, label: j }));

  const markField = (name: `marks.${string}` | 'conduct', label: string, fieldId: string) =>
    markKind === 'numeric' ? (
      <TextField
        id={fieldId}
        inputMode="decimal"
        label={label}
        registration={register(name)}
        error={err(`${name}.value`, name)}
      />
    ) : (
      <SelectField
        id={fieldId}
        label={label}
        placeholder="—"
        options={judgements}
        registration={register(name)}
        error={err(`${name}.value`, name)}
      />
    );

  return (
    <RecordFormShell
      title={t(initial ? 'formTitle.edit' : 'formTitle.new', { kind: t('kinds.termRecords') })}
      onSubmit={() => void handleSubmit(save)()}
      onCancel={onCancel}
      isSubmitting={isSubmitting}
      failure={failure}
      hasErrors={Object.keys(errors).length > 0}
    >
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            id={`${id}-year`}
            label={t('fields.schoolYear')}
            hint={t('fields.schoolYearHint')}
            required
            registration={register('schoolYear')}
            error={err('schoolYear')}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id={`${id}-term`}
            label={t('fields.term')}
            required
            options={terms}
            registration={register('term')}
            error={err('term')}
          />
        </div>
      </div>
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-lessons`}
            inputMode="decimal"
            label={t('fields.lessonHours')}
            required
            registration={register('lessonHours')}
            error={err('lessonHours')}
          />
        </div>
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-absences`}
            inputMode="decimal"
            label={t('fields.absenceHours')}
            required
            registration={register('absenceHours')}
            error={err('absenceHours')}
          />
        </div>
        <div className="col-12 col-md-4">
          <TextField
            id={`${id}-annual`}
            inputMode="decimal"
            label={t('fields.annualHours')}
            hint={t('fields.annualHoursHint')}
            required
            registration={register('annualHours')}
            error={err('annualHours')}
          />
        </div>
      </div>
      <fieldset aria-describedby={`${id}-marks-hint`}>
        <legend className="fs-6 fw-semibold">{t('fields.marksLegend')}</legend>
        <p id={`${id}-marks-hint`} className="small">
          {markKind === 'numeric' ? t('fields.marksHintNumeric') : t('fields.marksHintJudgement')}
        </p>
        <div className="row">
          {subjects.map((subject) => (
            <div key={subject} className="col-6 col-md-4 col-lg-3">
              {markField(
                `marks.${subject}`,
                t(`options.subject.${subject}`),
                `${id}-mark-${subject}`,
              )}
            </div>
          ))}
          <div className="col-6 col-md-4 col-lg-3">
            {markField('conduct', t('fields.conduct'), `${id}-conduct`)}
          </div>
        </div>
      </fieldset>
    </RecordFormShell>
  );
}
