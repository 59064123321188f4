import { parseItalianMark, type Mark } from '@domain';
import { parseItalianDate } from '@/lib/dates';

// Cell parsers shared by the pupil and term-record importers. Each returns the value or a
// message key: `validation.*` keys come from the domain, `import.*` keys from this feature.

export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(key: string): Parsed<T> => ({ ok: false, key });

/**
 * A calendar day as registri write it: 23/11/2026, 23-11-2026, 23.11.2026 or 2026-11-23, read
 * by the domain's one date parser (the record forms' date field uses it too). Returned at UTC
 * midnight, as the domain stores dates; 31/02 is refused, not rolled over.
 */
export function parseDate(cell: string): Parsed<Date> {
  const parsed = parseItalianDate(cell);
  if (parsed.ok) return ok(parsed.date);
  // A required date left empty reads as a date that is not valid, as before.
  return fail(parsed.error === 'validation.required' ? 'validation.invalidDate' : parsed.error);
}

/** An empty cell is null; otherwise a date as parseDate reads it. */
export function parseOptionalDate(cell: string): Parsed<Date | null> {
  return cell.trim() === '' ? ok(null) : parseDate(cell);
}

/** A number with a decimal comma or point ("12,5"). */
export function parseNumber(cell: string): Parsed<number> {
  const s = cell.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return fail('validation.number');
  return ok(Number(s));
}

const TRUE = ['si', 'sì', 's', 'yes', 'y', 'true', 'vero', '1', 'x'];
const FALSE = ['no', 'n', 'false', 'falso', '0', ''];

/** Sì/no in the spellings seen in exports; an empty cell is "no". */
export function parseBoolean(cell: string): Parsed<boolean> {
  const s = cell.trim().toLocaleLowerCase('it');
  if (TRUE.includes(s)) return ok(true);
  if (FALSE.includes(s)) return ok(false);
  return fail('import.badBoolean');
}

/** F/M, or the Italian words. */
export function parseSex(cell: string): Parsed<'F' | 'M'> {
  const s = cell.trim().toLocaleLowerCase('it');
  if (s === 'f' || s === 'femmina') return ok('F');
  if (s === 'm' || s === 'maschio') return ok('M');
  return fail('validation.invalidChoice');
}

/** A list of codes in one cell: "MA IT", "MA|IT", "ar, fr". */
export function parseCodeList(cell: string): string[] {
  return cell
    .split(/[\s|/,;]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** A mark cell, read by the domain's one Italian mark parser (`parseItalianMark`). */
export function parseMark(cell: string): Parsed<Mark | null> {
  const parsed = parseItalianMark(cell);
  if (parsed.ok) return ok(parsed.mark);
  return fail(parsed.problem === 'outOfRange' ? 'validation.markRange' : 'import.badMark');
}

/** Lower case, no accents, words joined by "_": how headers and class names are compared. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('it')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
