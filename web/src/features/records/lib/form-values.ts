/** A domain date (UTC midnight) as the value of a native date input: "2026-11-20". */
export function dateToInput(date: Date | null | undefined): string {
  if (!date || Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

/**
 * The value of a native date input as a domain date at UTC midnight, so the calendar day is the
 * same whatever the device's time zone. An empty or malformed value gives an invalid Date,
 * which the schema reports as "Data non valida".
 */
export function inputToDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
}

/** Today as a date input value (the `max` of dates of things that happened). */
export function todayInput(now: Date = new Date()): string {
  const local = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  return dateToInput(local);
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
