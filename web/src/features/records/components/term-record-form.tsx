import { useMemo, useState } from 'react';
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
import { RecordFormShell, SelectField, TextField, type Option } from './form-fields';
import { useRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'termRecords'> & {
  /** The class level decides numeric marks or giudizi sintetici (primaria). */
  level: SchoolLevel | undefined;
  /** 2 for quadrimestri, 3 for trimestri. */
  termCount: number;
  /** Annual hours of the pupil's previous term record, offered again. */
  lastAnnualHours: number | null;
};

export function TermRecordForm({ level, termCount, lastAnnualHours, ...props }: Props) {
  const { initial } = props;
  const markKind = markKindFor(level);
  const schema = useMemo(() => termFormSchema(markKind), [markKind]);
  const [subjects] = useState(() => subjectsFor(level, Object.keys(initial?.marks ?? {})));
  const { t, id, fieldProps, shell } = useRecordForm<TermFormValues, TermRecord>({
    ...props,
    kind: 'termRecords',
    resolver: resolverWithCrossChecks(schema, termCrossChecks),
    defaultValues: termToForm(initial, {
      today: new Date(),
      annualHours: lastAnnualHours,
      subjects,
    }),
  });
  const terms = Array.from({ length: Math.max(termCount, initial?.term ?? 1) }, (_, i) => {
    const value = String(i + 1) as '1' | '2' | '3';
    return { value, label: t(`options.term.${value}`) };
  });
  const judgements: Option[] = PRIMARY_JUDGEMENTS.map((j) => ({ value: j, label: j }));

  const markField = (name: `marks.${string}` | 'conduct', label: string, fieldId: string) => {
    const field = fieldProps(name, { id: fieldId, errorPaths: [`${name}.value`, name] });
    return markKind === 'numeric' ? (
      <TextField inputMode="decimal" label={label} {...field} />
    ) : (
      <SelectField label={label} placeholder="—" options={judgements} {...field} />
    );
  };

  return (
    <RecordFormShell {...shell}>
      <div className="row">
        <div className="col-12 col-md-6">
          <TextField
            label={t('fields.schoolYear')}
            hint={t('fields.schoolYearHint')}
            required
            {...fieldProps('schoolYear', { id: 'year' })}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField label={t('fields.term')} required options={terms} {...fieldProps('term')} />
        </div>
      </div>
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            inputMode="decimal"
            label={t('fields.lessonHours')}
            required
            {...fieldProps('lessonHours', { id: 'lessons' })}
          />
        </div>
        <div className="col-12 col-md-4">
          <TextField
            inputMode="decimal"
            label={t('fields.absenceHours')}
            required
            {...fieldProps('absenceHours', { id: 'absences' })}
          />
        </div>
        <div className="col-12 col-md-4">
          <TextField
            inputMode="decimal"
            label={t('fields.annualHours')}
            hint={t('fields.annualHoursHint')}
            required
            {...fieldProps('annualHours', { id: 'annual' })}
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
              {markField(`marks.${subject}`, t(`options.subject.${subject}`), `mark-${subject}`)}
            </div>
          ))}
          <div className="col-6 col-md-4 col-lg-3">
            {markField('conduct', t('fields.conduct'), 'conduct')}
          </div>
        </div>
      </fieldset>
    </RecordFormShell>
  );
}
