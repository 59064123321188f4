/** A cell as exported: numbers are written with the Italian decimal comma. */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const SEPARATOR = ';';

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  // Quote when the text holds the separator, a quote or a line break (RFC 4180 style).
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Italian Excel opens it with a double click: UTF-8 with a BOM (or accents break),
 * semicolons (the comma is the decimal separator), CRLF line ends.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((r) => r.map(cell).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Saves a CSV through a temporary link (works offline, no server round trip). */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
