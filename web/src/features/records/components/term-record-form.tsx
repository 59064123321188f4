import { useMemo, useState } from 'react';
import { useWatch, type ChangeHandler } from 'react-hook-form';
import { useLanguage } from '@/lib/i18n';
import { PRIMARY_JUDGEMENTS, type SchoolLevel, type TermRecord } from '@domain';
import { formatDate } from '@/lib/format';
import {
  markKindFor,
  subjectsFor,
  termCrossChecks,
  termFormSchema,
  termToForm,
  type TermFormValues,
} from '../lib/term-form-schema';
import { resolverWithCrossChecks } from '../lib/resolver';
import { termRecordFor, type TermRecordEntry } from '../lib/term-period';
import { SelectField, TextField, type Option } from './form-fields';
import { RecordFormShell } from './record-form-shell';
import { useRecordForm } from './use-record-form';
import type { RecordFormProps } from './use-record-save';

type Props = RecordFormProps<'termRecords'> & {
  /** The class level decides numeric marks or giudizi sintetici (primaria). */
  level: SchoolLevel | undefined;
  /** 2 for quadrimestri, 3 for trimestri. */
  termCount: number;
  /** Annual hours of the pupil's previous term record, offered again. */
  lastAnnualHours: number | null;
  /** The stored record being edited (its term is then fixed), or null from "Aggiungi". */
  recordId: string | null;
  /** The pupil's stored term records: a term that has one opens it instead of a second one. */
  stored: readonly TermRecordEntry[];
  /** Whether the user may change a stored record (the rules' canAmend). */
  canEdit: (entry: TermRecordEntry) => boolean;
};

/**
 * Marks and absences of one term. A pupil has one record per school year and term: picking a
 * term that has one loads its values, and the save updates it (the page decides, by the same
 * lookup). A record opened for editing keeps its term, which the rules do not let change.
 */
export function TermRecordForm({
  level,
  termCount,
  lastAnnualHours,
  recordId,
  stored,
  canEdit,
  ...props
}: Props) {
  const { initial } = props;
  const markKind = markKindFor(level);
  const schema = useMemo(() => termFormSchema(markKind), [markKind]);
  const [today] = useState(() => new Date());
  const editing = recordId !== null;
  const valuesOf = (record: TermRecord | null) =>
    termToForm(record, {
      today,
      annualHours: lastAnnualHours,
      subjects: subjectsFor(level, Object.keys(record?.marks ?? {})),
    });
  // "Aggiungi" on a term that already has a record (the default one, typically) opens that one.
  const [opened] = useState(() => {
    if (initial) return null;
    const start = valuesOf(null);
    return termRecordFor(stored, start.schoolYear, Number(start.term));
  });
  /** The stored record whose values the fields hold (null: typed from scratch or reopened). */
  const [loadedId, setLoadedId] = useState<string | null>(recordId ?? opened?.id ?? null);
  const [subjects, setSubjects] = useState(() =>
    subjectsFor(level, Object.keys((initial ?? opened?.data)?.marks ?? {})),
  );
  const { t, id, form, fieldProps, shell } = useRecordForm<TermFormValues, TermRecord>({
    ...props,
    kind: 'termRecords',
    resolver: resolverWithCrossChecks(schema, termCrossChecks),
    defaultValues: valuesOf(initial ?? opened?.data ?? null),
  });
  const period = useWatch({ control: form.control, name: ['schoolYear', 'term'] });
  const match = editing ? null : termRecordFor(stored, period[0].trim(), Number(period[1]));
  const matchEditable = match !== null && canEdit(match);
  const language = useLanguage();

  /** Fills the fields with a stored record's values (or empties them), keeping the period. */
  const load = (entry: TermRecordEntry | null) => {
    const chosen = form.getValues(['schoolYear', 'term']);
    setSubjects(subjectsFor(level, Object.keys(entry?.data.marks ?? {})));
    form.reset({ ...valuesOf(entry?.data ?? null), schoolYear: chosen[0], term: chosen[1] });
    setLoadedId(entry?.id ?? null);
  };

  // Choosing another period opens its record, or empties the fields a stored record filled.
  const periodChanged = () => {
    const [year, chosenTerm] = form.getValues(['schoolYear', 'term']);
    const next = termRecordFor(stored, year.trim(), Number(chosenTerm));
    if (next) {
      if (next.id !== loadedId) load(next);
    } else if (loadedId !== null) {
      load(null);
    }
  };
  const periodProps = (name: 'schoolYear' | 'term', options?: { id: string }) => {
    const field = fieldProps(name, options);
    const { onChange } = field.registration;
    return {
      ...field,
      registration: {
        ...field.registration,
        onChange: (async (event) => {
          await onChange(event);
          periodChanged();
        }) satisfies ChangeHandler,
      },
    };
  };

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

  const savedOn = match ? formatDate(match.data.updatedAt, language) : '';
  const loaded = match !== null && match.id === loadedId;

  return (
    <RecordFormShell
      {...shell}
      title={loaded ? t('formTitle.edit', { kind: t('kinds.termRecords') }) : shell.title}
      saveBlocked={match !== null && !matchEditable}
    >
      {editing ? (
        <p>
          <span className="fw-semibold">{t('termRecord.period')}:</span> {period[0]},{' '}
          {t(`options.term.${period[1] as '1' | '2' | '3'}`)}
          <br />
          <span className="small">{t('termRecord.periodLocked')}</span>
        </p>
      ) : (
        <div className="row">
          <div className="col-12 col-md-6">
            <TextField
              label={t('fields.schoolYear')}
              hint={t('fields.schoolYearHint')}
              required
              {...periodProps('schoolYear', { id: 'year' })}
            />
          </div>
          <div className="col-12 col-md-6">
            <SelectField
              label={t('fields.term')}
              required
              options={terms}
              {...periodProps('term')}
            />
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {match && !matchEditable && (
          <div className="alert alert-warning">
            {t('termRecord.existingNotYours', { date: savedOn })}
          </div>
        )}
        {match && matchEditable && loaded && (
          <div className="alert alert-info">{t('termRecord.existing', { date: savedOn })}</div>
        )}
        {match && matchEditable && !loaded && (
          <div className="alert alert-warning">
            <p className="mb-2">{t('termRecord.existingNotLoaded', { date: savedOn })}</p>
            <button
              type="button"
              className="btn btn-outline-primary btn-sm"
              onClick={() => load(match)}
            >
              {t('termRecord.loadExisting')}
            </button>
          </div>
        )}
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
