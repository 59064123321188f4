import type { ReactNode } from 'react';
import type { CsvCell } from '@/lib/csv';

/** One column of a data table: what a cell shows and what the CSV export writes. */
export type Column<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The value written to the CSV (plain text or number, never markup). */
  csv: (row: T) => CsvCell;
  numeric?: boolean;
};

/** A column showing, and exporting, the same plain text. */
export function textColumn<T>(key: string, header: string, pick: (row: T) => string): Column<T> {
  return { key, header, cell: pick, csv: pick };
}

/** A right-aligned column showing, and exporting, the same number. */
export function countColumn<T>(key: string, header: string, pick: (row: T) => number): Column<T> {
  return { key, header, cell: pick, csv: pick, numeric: true };
}
