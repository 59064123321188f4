import { detectSeparator, parseCsvLines } from '@domain';
import type { ColumnMapping } from './mapping';

/** A parsed CSV file: its header row and data rows, each with its line in the file. */
export interface CsvTable {
  separator: ';' | ',';
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** Reads decoded CSV text: the separator is detected, the first non-blank row is the header. */
export function readCsvTable(text: string): CsvTable {
  const separator = detectSeparator(text);
  const [header, ...rows] = parseCsvLines(text, separator);
  return { separator, headers: (header?.cells ?? []).map((h) => h.trim()), rows };
}

/** The trimmed cell of `field` in a row, or null when the field has no column. */
export function cellOf(
  table: CsvTable,
  row: { cells: string[] },
  mapping: ColumnMapping,
  field: string,
): string | null {
  const header = mapping[field];
  if (!header) return null;
  const index = table.headers.indexOf(header);
  return index < 0 ? null : (row.cells[index] ?? '').trim();
}

/** A problem with one row: the column it concerns (null for the whole row) and a message key. */
export interface RowError {
  column: string | null;
  key: string;
  params?: Record<string, string>;
}

/** Rows that share a key (codice fiscale, pupil code...): each gets the lines of the others. */
export function markDuplicates<R extends { line: number; errors: RowError[] }>(
  rows: R[],
  keyOf: (row: R) => string | null,
  error: (lines: string) => RowError,
): void {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const lines = group.map((r) => String(r.line)).join(', ');
    for (const row of group) row.errors.push(error(lines));
  }
}
