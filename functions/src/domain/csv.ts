/**
 * A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF or LF), enough for the
 * exports of Italian registri elettronici, which use ";" as often as ",".
 */

/** The separator of a CSV text: the more frequent of ";" and "," on its first line. */
export function detectSeparator(text: string): ';' | ',' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') >= count(',') && count(';') > 0 ? ';' : ',';
}

/** Rows of cells; blank lines are dropped; a leading BOM is ignored. */
export function parseCsv(text: string, separator: string = detectSeparator(text)): string[][] {
  return parseCsvLines(text, separator).map((r) => r.cells);
}

/** The same, with the 1-based line of the file where each row starts (for error reports). */
export function parseCsvLines(
  text: string,
  separator: string = detectSeparator(text),
): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < input.length; i += 1) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
    } else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i += 1;
      row.push(cell);
      if (row.some((v) => v !== '')) rows.push({ line: rowLine, cells: row });
      row = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else {
      cell += c;
    }
  }
  row.push(cell);
  if (row.some((v) => v !== '')) rows.push({ line: rowLine, cells: row });
  return rows;
}

/** Rows as objects keyed by the header row, with each row's 1-based line in the file. */
export function csvRecords(text: string): { line: number; values: Record<string, string> }[] {
  const [header, ...rows] = parseCsvLines(text);
  if (!header) return [];
  const keys = header.cells.map((h) => h.trim());
  return rows.map(({ line, cells }) => ({
    line,
    values: Object.fromEntries(keys.map((k, i) => [k, (cells[i] ?? '').trim()])),
  }));
}
