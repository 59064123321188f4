import { z } from 'zod';

/** A required, trimmed text with a length cap; both errors carry message keys. */
export function text(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });
}

/** An optional free text (may be empty) with a length cap. */
export function optionalText(max: number) {
  return z.string().trim().max(max, { error: 'validation.tooLong' });
}

export const dateSchema = z
  .date({ error: 'validation.invalidDate' })
  .refine((d) => !Number.isNaN(d.getTime()), { error: 'validation.invalidDate' });

/** Slack for clocks and time zones when checking that a date is not in the future. */
export const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;

/** A date that has happened (what is logged as done cannot be in the future). */
export const pastDateSchema = dateSchema.refine(
  (d) => d.getTime() <= Date.now() + FUTURE_SLACK_MS,
  {
    error: 'validation.dateInFuture',
  },
);

/** Firestore document id: non-empty, no slash, at most 128 characters. */
export const idSchema = z
  .string()
  .min(1, { error: 'validation.required' })
  .max(128)
  .regex(/^[^/]+$/);

export const schoolYearSchema = z
  .string()
  .regex(/^\d{4}\/\d{2}$/, { error: 'validation.schoolYear' })
  .refine((s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5, 7)), {
    error: 'validation.schoolYear',
  });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'validation.countryCode' });

/** ISO 639 language code (2 or 3 lower-case letters). */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, { error: 'validation.languageCode' });

/**
 * Fields every logged record carries; immutable after creation except `updatedAt` and
 * `updatedBy` (the uid of the last person who saved it: the author on creation, the editor on
 * every update, so the audit log credits an edit to its editor). Records saved before it
 * existed have none.
 */
export const recordMetaSchema = z.strictObject({
  schoolId: idSchema,
  pupilId: idSchema,
  createdBy: idSchema,
  createdAt: dateSchema,
  updatedAt: dateSchema,
  updatedBy: idSchema.optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** School year ("2025/26") that contains the date: years start on 1 September. */
export function schoolYearOf(date: Date): string {
  const y = date.getUTCFullYear();
  const start = date.getUTCMonth() >= 8 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Whole months between two dates (floor), negative if `to` is before `from`. */
export function monthsBetween(from: Date, to: Date): number {
  let months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return months;
}

/** JSON with object keys sorted at every depth: equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
