import { PRIMARY_JUDGEMENTS, type Mark } from './records';

/** A mark below this value is a fail. */
export const PASS_MARK = 6;

/** Why a cell is not a mark: not written as one, or outside 1-10. */
export type MarkProblem = 'notAMark' | 'outOfRange';

/** A cell read as a mark: the mark, null for an empty cell, or why it is not one. */
export type MarkParse = { ok: true; mark: Mark | null } | { ok: false; problem: MarkProblem };

/**
 * The value of a numeric mark as Italian teachers write it in the register: "7", "6,5", "6.5",
 * "5½", "5 e mezzo", "6+" (+0.25), "6++" (+0.5), "6-" (-0.25), "6--" (-0.5), "6/7" or "6-7"
 * (the half between two consecutive marks). NaN for anything else ("sei", "6/8", "").
 * The range is not checked here (see `parseItalianMark`).
 */
export function markValueOf(text: string): number {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return Number.NaN;
  const between = /^(\d{1,2})\s*[/-]\s*(\d{1,2})$/.exec(s);
  if (between) {
    const low = Number(between[1]);
    return Number(between[2]) === low + 1 ? low + 0.5 : Number.NaN;
  }
  const match = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*(½| e mezzo|\+\+|\+|--|-)?$/.exec(s);
  if (!match) return Number.NaN;
  const base = Number((match[1] ?? '').replace(',', '.'));
  const modifier: Record<string, number> = {
    '½': 0.5,
    ' e mezzo': 0.5,
    '+': 0.25,
    '++': 0.5,
    '-': -0.25,
    '--': -0.5,
  };
  return base + (match[2] ? (modifier[match[2]] ?? 0) : 0);
}

/**
 * Reads one cell as a mark, the same way in the forms, the CSV import and the evaluation file:
 * a giudizio sintetico (any case), a numeric mark (`markValueOf`) between 1 and 10 with its raw
 * text kept, or null for an empty cell.
 */
export function parseItalianMark(cell: string): MarkParse {
  const raw = cell.trim();
  if (raw === '') return { ok: true, mark: null };
  const judgement = PRIMARY_JUDGEMENTS.find(
    (j) => j.toLocaleLowerCase('it') === raw.toLocaleLowerCase('it'),
  );
  if (judgement) return { ok: true, mark: { kind: 'judgement', value: judgement } };
  const value = markValueOf(raw);
  if (Number.isNaN(value)) return { ok: false, problem: 'notAMark' };
  if (value < 1 || value > 10) return { ok: false, problem: 'outOfRange' };
  return { ok: true, mark: { kind: 'numeric', value, raw: raw.slice(0, 10) } };
}

/** Whether a mark is below pass: under 6, or "Non sufficiente". */
export function isFailing(mark: Mark): boolean {
  return mark.kind === 'numeric' ? mark.value < PASS_MARK : mark.value === 'Non sufficiente';
}
