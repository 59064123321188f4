import type { Mark } from '@domain';

const PASS_MARK = 6;

/**
 * Reads a mark as teachers write it in the register: "7", "6,5", "5½", "5 e mezzo", "6+"
 * (+0.25), "6-" (-0.25), "6--" (-0.5), "6/7" or "6-7" (the half between). Anything else gives
 * NaN, which the schema reports as an out-of-range mark.
 */
export function parseMarkText(raw: string): number {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return Number.NaN;

  const between = /^(\d{1,2})\s*[/-]\s*(\d{1,2})$/.exec(text);
  if (between) {
    const low = Number(between[1]);
    const high = Number(between[2]);
    return high === low + 1 ? low + 0.5 : Number.NaN;
  }

  const match = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*(½| e mezzo|\+\+|\+|--|-)?$/.exec(text);
  if (!match) return Number.NaN;
  const base = Number((match[1] ?? '').replace(',', '.'));
  switch (match[2]) {
    case '½':
    case ' e mezzo':
      return base + 0.5;
    case '+':
      return base + 0.25;
    case '++':
      return base + 0.5;
    case '-':
      return base - 0.25;
    case '--':
      return base - 0.5;
    default:
      return base;
  }
}

/** Below pass: a numeric mark under 6, or the primaria judgement "Non sufficiente". */
export function isBelowPass(mark: Mark): boolean {
  return mark.kind === 'numeric' ? mark.value < PASS_MARK : mark.value === 'Non sufficiente';
}

/** A mark as shown to users: the raw text teachers typed, or the judgement. */
export function markLabel(mark: Mark): string {
  if (mark.kind === 'judgement') return mark.value;
  return mark.raw.trim() === '' ? String(mark.value).replace('.', ',') : mark.raw;
}
