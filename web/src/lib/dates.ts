import { isValid, parse } from 'date-fns';

/**
 * Calendar days as Italian users write them: "gg/mm/aaaa". One parser for every entry point
 * (every form's date field, the CSV import), so a day accepted or refused in one is accepted or
 * refused in the other. The calendar (month lengths, leap years) is date-fns's, in strict
 * parsing: an impossible day is refused, never rolled over. Days are domain dates: UTC midnight.
 */

/** Why a typed day was refused, as a validation message key (the domain's messages.ts). */
export type DateError =
  'validation.required' | 'validation.invalidDate' | 'validation.impossibleDate';

export type ParsedDate = { ok: true; date: Date } | { ok: false; error: DateError };

/** Years accepted: a wider span would only let typos through ("0226", "20226"). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** The shapes accepted, each with its date-fns pattern: day first, or ISO (registri, old values). */
const SHAPES: readonly { shape: RegExp; pattern: string; year: (m: RegExpExecArray) => string }[] =
  [
    { shape: /^\d{1,2}\/\d{1,2}\/(\d{4})$/, pattern: 'd/M/yyyy', year: (m) => m[1] ?? '' },
    { shape: /^\d{1,2}\.\d{1,2}\.(\d{4})$/, pattern: 'd.M.yyyy', year: (m) => m[1] ?? '' },
    { shape: /^\d{1,2}-\d{1,2}-(\d{4})$/, pattern: 'd-M-yyyy', year: (m) => m[1] ?? '' },
    { shape: /^(\d{4})-\d{2}-\d{2}$/, pattern: 'yyyy-MM-dd', year: (m) => m[1] ?? '' },
  ];

/** Any fixed day: the reference date-fns needs for the fields a pattern leaves out (none here). */
const REFERENCE = new Date(2000, 0, 1);

/**
 * A day typed as gg/mm/aaaa (also with "." or "-" between the parts, and one-digit day or
 * month: "5/3/2026"), or as aaaa-mm-gg. An empty text is `validation.required`; another shape
 * or a year outside 1900-2100 is `validation.invalidDate`; a day the calendar does not have
 * (31/02, 29/02/2025, 31/04, month 13) is `validation.impossibleDate`.
 */
export function parseItalianDate(text: string): ParsedDate {
  const s = text.trim();
  if (s === '') return { ok: false, error: 'validation.required' };
  for (const { shape, pattern, year } of SHAPES) {
    const match = shape.exec(s);
    if (!match) continue;
    const y = Number(year(match));
    if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, error: 'validation.invalidDate' };
    const local = parse(s, pattern, REFERENCE);
    if (!isValid(local)) return { ok: false, error: 'validation.impossibleDate' };
    return {
      ok: true,
      date: new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate())),
    };
  }
  return { ok: false, error: 'validation.invalidDate' };
}

/** A domain date as gg/mm/aaaa ("05/03/2026"); an invalid date gives "". */
export function formatItalianDate(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${String(date.getUTCFullYear()).padStart(4, '0')}`;
}
