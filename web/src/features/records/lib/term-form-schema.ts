import { z } from 'zod';
import {
  ALL_SUBJECTS,
  SUBJECTS_BY_LEVEL,
  markValueOf,
  schoolYearOf,
  termRecordSchema,
  type Mark,
  type SchoolLevel,
  type Subject,
} from '@domain';
import { numberToInput, parseNumberInput } from './form-values';
import type { CrossCheck } from './resolver';
import type { RecordDataByKind } from './types';

// The term record's form: hours and marks as typed ("5½", "6-", or a giudizio), turned into the
// domain record and validated by the domain schema (see form-schemas.ts).

const str = z.string();

export type MarkKind = Mark['kind'];

/** Primaria has giudizi sintetici since 2024/25; every other level numeric marks. */
export function markKindFor(level: SchoolLevel | undefined): MarkKind {
  return level === 'primaria' ? 'judgement' : 'numeric';
}

/** Subjects offered for a class level, plus any already marked in the record being edited. */
export function subjectsFor(level: SchoolLevel | undefined, marked: string[] = []): Subject[] {
  const base: readonly Subject[] =
    level === 'primaria'
      ? SUBJECTS_BY_LEVEL.primaria
      : level === 'secondaria2' || level === 'cpia'
        ? SUBJECTS_BY_LEVEL.secondaria2
        : SUBJECTS_BY_LEVEL.secondaria1;
  const extra = ALL_SUBJECTS.filter((s) => marked.includes(s) && !base.includes(s));
  return [...base, ...extra];
}

export type TermFormValues = {
  schoolYear: string;
  term: string;
  lessonHours: string;
  absenceHours: string;
  annualHours: string;
  /** Raw text per subject ("5½") or the judgement; empty means not marked. */
  marks: Record<string, string>;
  conduct: string;
};

function toMark(text: string, kind: MarkKind): unknown {
  const raw = text.trim();
  return kind === 'numeric' ? { kind, value: markValueOf(raw), raw } : { kind, value: raw };
}

export function termFormSchema(markKind: MarkKind) {
  return z
    .object({
      schoolYear: str,
      term: str,
      lessonHours: str,
      absenceHours: str,
      annualHours: str,
      marks: z.record(z.string(), str),
      conduct: str,
    })
    .transform((v): unknown => ({
      schoolYear: v.schoolYear.trim(),
      term: Number(v.term),
      lessonHours: parseNumberInput(v.lessonHours),
      absenceHours: parseNumberInput(v.absenceHours),
      annualHours: parseNumberInput(v.annualHours),
      marks: Object.fromEntries(
        Object.entries(v.marks)
          .filter(([, text]) => text.trim() !== '')
          .map(([subject, text]) => [subject, toMark(text, markKind)]),
      ),
      conduct: v.conduct.trim() === '' ? null : toMark(v.conduct, markKind),
    }))
    .pipe(termRecordSchema);
}

/** The domain's refinement (absences within lesson hours), re-run alongside other errors. */
export const termCrossChecks: CrossCheck<TermFormValues>[] = [
  (v) => {
    const lessons = parseNumberInput(v.lessonHours);
    const absences = parseNumberInput(v.absenceHours);
    return absences > lessons
      ? { path: 'absenceHours', message: 'validation.absencesExceedHours' }
      : null;
  },
];

function markToInput(mark: Mark | null | undefined): string {
  if (!mark) return '';
  if (mark.kind === 'judgement') return mark.value;
  return mark.raw.trim() !== '' ? mark.raw : numberToInput(mark.value);
}

export function termToForm(
  record: RecordDataByKind['termRecords'] | null,
  defaults: { today: Date; annualHours: number | null; subjects: Subject[] },
): TermFormValues {
  const marks: Record<string, string> = Object.fromEntries(defaults.subjects.map((s) => [s, '']));
  for (const [subject, mark] of Object.entries(record?.marks ?? {})) {
    marks[subject] = markToInput(mark);
  }
  return {
    schoolYear: record?.schoolYear ?? schoolYearOf(defaults.today),
    term: String(record?.term ?? 1),
    lessonHours: numberToInput(record?.lessonHours),
    absenceHours: numberToInput(record?.absenceHours),
    annualHours: numberToInput(record?.annualHours ?? defaults.annualHours),
    marks,
    conduct: markToInput(record?.conduct),
  };
}
