import { z } from 'zod';
import { schoolYearSchema } from './common';

// Term records (a pupil's pagella for one term: attendance hours and marks), the subjects and
// marks they carry, and which stored record of a term counts.

/** The secondaria I subjects (that level's default), first of ALL_SUBJECTS. */
const SECONDARIA1_SUBJECTS = [
  'italiano',
  'matematica',
  'inglese',
  'seconda_lingua',
  'storia',
  'geografia',
  'scienze',
  'tecnologia',
] as const;

/** Subjects a term record may carry (keys of `marks`); the rules list the same. */
export const ALL_SUBJECTS = [
  ...SECONDARIA1_SUBJECTS,
  'arte',
  'musica',
  'educazione_fisica',
  'religione',
  'educazione_civica',
  'diritto',
  'economia',
  'informatica',
  'fisica',
  'chimica',
  'latino',
] as const;
export type Subject = (typeof ALL_SUBJECTS)[number];

export const PRIMARY_JUDGEMENTS = [
  'Ottimo',
  'Distinto',
  'Buono',
  'Discreto',
  'Sufficiente',
  'Non sufficiente',
] as const;

/** One subject's mark: numeric (secondaria, 1-10 with the raw text kept) or a giudizio. */
export const markSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('numeric'),
    value: z
      .number({ error: 'validation.markRange' })
      .min(1, { error: 'validation.markRange' })
      .max(10, { error: 'validation.markRange' }),
    raw: z.string().trim().max(10),
  }),
  z.strictObject({
    kind: z.literal('judgement'),
    value: z.enum(PRIMARY_JUDGEMENTS, { error: 'validation.invalidChoice' }),
  }),
]);
export type Mark = z.infer<typeof markSchema>;

/**
 * Marks one term record may carry (conduct apart): a full secondaria I pagella has 13. The
 * rules check every mark within Firestore's 1,000-expression budget per request, which
 * allows this many for every role that may save them.
 */
export const MAX_MARKS = 13;

export const termRecordSchema = z
  .strictObject({
    schoolYear: schoolYearSchema,
    /** 1-based term within the year (quadrimestre or trimestre). */
    term: z.number().int().min(1).max(3),
    /** Lesson hours held so far in the year, and the pupil's absence hours. */
    lessonHours: z
      .number({ error: 'validation.hoursRange' })
      .min(0, { error: 'validation.hoursRange' })
      .max(2000, { error: 'validation.hoursRange' }),
    absenceHours: z
      .number({ error: 'validation.hoursRange' })
      .min(0, { error: 'validation.hoursRange' })
      .max(2000, { error: 'validation.hoursRange' }),
    /** Personalised annual hours (monte ore), for the 3/4 attendance rule. */
    annualHours: z.number().min(1).max(2000),
    marks: z
      .record(
        z.string().refine((key) => (ALL_SUBJECTS as readonly string[]).includes(key), {
          error: 'validation.unknownSubject',
        }),
        markSchema,
      )
      .refine((marks) => Object.keys(marks).length <= MAX_MARKS, {
        error: 'validation.tooManyMarks',
      }),
    conduct: markSchema.nullable(),
  })
  .refine((r) => r.absenceHours <= r.lessonHours, {
    error: 'validation.absencesExceedHours',
    path: ['absenceHours'],
  });
export type TermRecord = z.infer<typeof termRecordSchema>;

/**
 * The document id of a pupil's term record for one school year and term ("2025/26", 1 ->
 * "2025-26-t1"). Every writer (form, CSV import, seed, migration) uses it and the rules demand
 * it on create, so a pupil has at most one record per term: saving again updates that one.
 */
export function termRecordId(schoolYear: string, term: number): string {
  return `${schoolYear.replace('/', '-')}-t${term}`;
}

/** A stored term record as far as choosing between records of the same term goes. */
export type SavedTermRecord = {
  id: string;
  /** The record metadata every writer stores; null when missing or unreadable. */
  updatedAt: Date | null;
  createdAt: Date | null;
  /** Firestore's own update time of the document, when the caller has it. */
  writtenAt: Date | null;
};

/** When a record was last saved: its updatedAt, else its createdAt, else the write time. */
function savedAt(record: SavedTermRecord): number {
  return (record.updatedAt ?? record.createdAt ?? record.writtenAt)?.getTime() ?? 0;
}

/**
 * Of several stored records of one pupil for the same school year and term (left by writers
 * that made their own ids), the one that counts: the latest saved. On a tie the one already at
 * the term's id wins, then the greatest id, so the form, the import and the migration all pick
 * the same record. Null for an empty list.
 */
export function termRecordToKeep<T extends SavedTermRecord>(
  records: readonly T[],
  termId: string,
): T | null {
  let kept: T | null = null;
  for (const record of records) {
    if (!kept) {
      kept = record;
      continue;
    }
    const difference = savedAt(record) - savedAt(kept);
    const atTermId = (r: T) => (r.id === termId ? 1 : 0);
    if (
      difference > 0 ||
      (difference === 0 &&
        (atTermId(record) > atTermId(kept) ||
          (atTermId(record) === atTermId(kept) && record.id > kept.id)))
    ) {
      kept = record;
    }
  }
  return kept;
}

export const CORE_SUBJECTS = { italian: 'italiano', maths: 'matematica' } as const;

/** Default subjects by level, as keys of `marks`. */
export const SUBJECTS_BY_LEVEL = {
  primaria: ['italiano', 'matematica', 'inglese', 'storia', 'geografia', 'scienze'],
  secondaria1: SECONDARIA1_SUBJECTS,
  secondaria2: ['italiano', 'matematica', 'inglese', 'storia', 'scienze', 'diritto', 'informatica'],
} as const satisfies Record<string, readonly Subject[]>;
