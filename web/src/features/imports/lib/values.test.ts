import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './decode';
import { guessMapping } from './mapping';
import { readCsvTable } from './table';
import { normalizeSchoolYear } from './term-records';
import { parseBoolean, parseDate, parseMark, parseNumber } from './values';

describe('decodeCsvBytes', () => {
  it('reads UTF-8 (with or without BOM) and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('\uFEFFCittà;è');
    expect(decodeCsvBytes(utf8)).toEqual({ text: 'Città;è', encoding: 'utf-8' });
    const latin = new Uint8Array([0x43, 0x69, 0x74, 0x74, 0xe0, 0x3b, 0xe8, 0x80]);
    expect(decodeCsvBytes(latin)).toEqual({ text: 'Città;è€', encoding: 'windows-1252' });
  });
});

describe('readCsvTable', () => {
  it('detects the separator and keeps quoted separators and quotes', () => {
    const table = readCsvTable('a,b\r\n"x, y","say ""hi"""\r\n\r\n1,2\n');
    expect(table.separator).toBe(',');
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['1', '2'] },
    ]);
    expect(readCsvTable('a;b\n1,5;2').rows[0]?.cells).toEqual(['1,5', '2']);
  });
});

describe('cell parsers', () => {
  it('parses Italian and ISO dates and refuses impossible ones', () => {
    expect(parseDate('05/04/2013')).toEqual({ ok: true, value: new Date('2013-04-05T00:00:00Z') });
    expect(parseDate('2013-04-05')).toEqual({ ok: true, value: new Date('2013-04-05T00:00:00Z') });
    expect(parseDate('5.4.2013').ok).toBe(true);
    expect(parseDate('31/02/2013')).toEqual({ ok: false, key: 'validation.impossibleDate' });
    expect(parseDate('ieri')).toEqual({ ok: false, key: 'validation.invalidDate' });
  });

  it('parses marks as registers write them', () => {
    expect(parseMark('7')).toEqual({ ok: true, value: { kind: 'numeric', value: 7, raw: '7' } });
    expect(parseMark('6,5').ok && parseMark('6,5')).toMatchObject({ value: { value: 6.5 } });
    expect(parseMark('6+')).toMatchObject({ value: { value: 6.25 } });
    expect(parseMark('6-')).toMatchObject({ value: { value: 5.75 } });
    expect(parseMark('5½')).toMatchObject({ value: { value: 5.5 } });
    expect(parseMark('distinto')).toEqual({
      ok: true,
      value: { kind: 'judgement', value: 'Distinto' },
    });
    expect(parseMark('')).toEqual({ ok: true, value: null });
    expect(parseMark('11')).toEqual({ ok: false, key: 'validation.markRange' });
    expect(parseMark('0')).toEqual({ ok: false, key: 'validation.markRange' });
    expect(parseMark('buonissimo')).toEqual({ ok: false, key: 'import.badMark' });
  });

  it('parses numbers, booleans and school years', () => {
    expect(parseNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('dodici')).toEqual({ ok: false, key: 'validation.number' });
    expect(parseBoolean('Sì')).toEqual({ ok: true, value: true });
    expect(parseBoolean('')).toEqual({ ok: true, value: false });
    expect(parseBoolean('forse')).toEqual({ ok: false, key: 'import.badBoolean' });
    expect(normalizeSchoolYear('2025-2026')).toBe('2025/26');
    expect(normalizeSchoolYear('2025/26')).toBe('2025/26');
  });
});

describe('guessMapping', () => {
  it('keeps a remembered mapping for headers that still exist', () => {
    const headers = ['CF alunno', 'Cognome', 'Nome'];
    expect(guessMapping('pupils', headers).codiceFiscale).toBeNull();
    const remembered = { codiceFiscale: 'CF alunno', firstName: 'Colonna sparita' };
    const mapping = guessMapping('pupils', headers, remembered);
    expect(mapping.codiceFiscale).toBe('CF alunno');
    expect(mapping.firstName).toBe('Nome');
    expect(mapping.lastName).toBe('Cognome');
  });
});
