/** Encodings the importer recognises; registri elettronici export one or the other. */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/**
 * Windows-1252 bytes 0x80-0x9F (€, curly quotes, dashes...). Browsers decode them, but some
 * runtimes (Node without full ICU) read the label as ISO-8859-1 and return C1 controls: those
 * are mapped here so the result is the same everywhere. Undefined bytes stay as they are.
 */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Decodes an uploaded file. UTF-8 is tried strictly first: a Windows-1252 (or ISO-8859-1)
 * export with accents is not valid UTF-8, so the strict decoder rejects it and the file is read
 * as Windows-1252, a superset of ISO-8859-1 for every printable character. A BOM is dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
    return { text, encoding: 'windows-1252' };
  }
}
