import { formatItalianDate, parseItalianDate } from '@/lib/dates';

/** A domain date (UTC midnight) as the date field shows it: "20/11/2026". */
export function dateToInput(date: Date | null | undefined): string {
  return formatItalianDate(date);
}

/**
 * The date field's text (gg/mm/aaaa) as a domain date at UTC midnight, read by the domain's
 * one date parser, so the calendar day is the same whatever the device's time zone or locale.
 * An empty, malformed or impossible day (31/02) gives an invalid Date, which the schema
 * reports; `withDateMessages` (resolver.ts) then says which of the three it was.
 */
export function inputToDate(value: string): Date {
  const parsed = parseItalianDate(value);
  return parsed.ok ? parsed.date : new Date(Number.NaN);
}

/** Today as the date field writes it (the default of dates of things that happened). */
export function todayInput(now: Date = new Date()): string {
  return dateToInput(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** A typed number, accepting the Italian decimal comma; empty or not a number gives NaN. */
export function parseNumberInput(value: string): number {
  const text = value.trim().replace(',', '.');
  return text === '' ? Number.NaN : Number(text);
}

/** A number as the value of a text input, with the Italian decimal comma. */
export function numberToInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value).replace('.', ',');
}
