import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatItalianDate, parseItalianDate } from '../../web/src/lib/dates';
import { parseDate as parseImportCell } from '../../web/src/features/imports/lib/values';
import { inputToDate, dateToInput } from '../../web/src/features/records/lib/form-values';

// The Gregorian calendar written out independently of date-fns, as the oracle of the tests.
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

describe('parseItalianDate: days as Italian users write them', () => {
  it.each([
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['28/02/2025', '2025-02-28'],
    ['31/12/2026', '2026-12-31'],
    ['5/3/2026', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['05-03-2026', '2026-03-05'],
    [' 05/03/2026 ', '2026-03-05'],
    ['2026-03-05', '2026-03-05'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseItalianDate(text)).toEqual({ ok: true, date: new Date(`${iso}T00:00:00Z`) });
  });

  it.each([
    ['31/02/2024', 'validation.impossibleDate'],
    ['30/02/2024', 'validation.impossibleDate'],
    ['29/02/2025', 'validation.impossibleDate'],
    ['29/02/1900', 'validation.impossibleDate'],
    ['31/04/2026', 'validation.impossibleDate'],
    ['00/01/2026', 'validation.impossibleDate'],
    ['01/13/2026', 'validation.impossibleDate'],
    ['2025-02-29', 'validation.impossibleDate'],
    ['05/03/26', 'validation.invalidDate'],
    ['05/03-2026', 'validation.invalidDate'],
    ['2026/03/05', 'validation.invalidDate'],
    ['05/03/0226', 'validation.invalidDate'],
    ['ieri', 'validation.invalidDate'],
    ['   ', 'validation.required'],
  ])('refuses "%s" (%s)', (text, error) => {
    expect(parseItalianDate(text)).toEqual({ ok: false, error });
  });

  it('follows the Gregorian leap years', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it('reads back every day it writes, and only the days of the calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
          const parsed = parseItalianDate(text);
          // The oracle is the JavaScript calendar (day 0 of the next month is the last of this one).
          expect(parsed.ok).toBe(day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
          expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
          if (parsed.ok) expect(formatItalianDate(parsed.date)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** What each entry point makes of one text: the ISO day, or "refused". */
function viaDomain(text: string): string {
  const p = parseItalianDate(text);
  return p.ok ? p.date.toISOString().slice(0, 10) : 'refused';
}
function viaImport(text: string): string {
  const p = parseImportCell(text);
  return p.ok ? p.value.toISOString().slice(0, 10) : 'refused';
}
function viaForm(text: string): string {
  const d = inputToDate(text);
  return Number.isNaN(d.getTime()) ? 'refused' : d.toISOString().slice(0, 10);
}

describe('one date parser: the record forms and the CSV import agree', () => {
  it.each([
    '29/02/2024',
    '29/02/2025',
    '29/02/1900',
    '29/02/2000',
    '31/02/2026',
    '31/04/2026',
    '5/3/2026',
    '05.03.2026',
    '2026-03-05',
    '2025-02-29',
    '05/03/26',
    '',
    'ieri',
  ])('"%s"', (text) => {
    const domain = viaDomain(text);
    expect(viaImport(text)).toBe(domain);
    expect(viaForm(text)).toBe(domain);
  });

  it('the form shows a stored day as gg/mm/aaaa and reads it back', () => {
    const day = new Date('2024-02-29T00:00:00Z');
    expect(dateToInput(day)).toBe('29/02/2024');
    expect(inputToDate(dateToInput(day))).toEqual(day);
  });
});
