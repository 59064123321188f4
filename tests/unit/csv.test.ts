import { describe, expect, it } from 'vitest';
import { csvRecords, detectSeparator, parseCsv, parseMarkCell } from '@domain';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and skips blank lines', () => {
    const text = '\uFEFFnome;note\r\n"Rossi; Mario";"disse ""ciao"""\r\n\r\nBianchi;"due\nrighe"\n';
    expect(parseCsv(text)).toEqual([
      ['nome', 'note'],
      ['Rossi; Mario', 'disse "ciao"'],
      ['Bianchi', 'due\nrighe'],
    ]);
  });

  it('detects the separator and reports the line where each row starts', () => {
    expect(detectSeparator('a,b,c\n1,2,3')).toBe(',');
    expect(detectSeparator('a;b;c\n1;2;3')).toBe(';');
    const records = csvRecords('a;b\n1;"x\ny"\n\n3;4\n');
    expect(records).toEqual([
      { line: 2, values: { a: '1', b: 'x\ny' } },
      { line: 5, values: { a: '3', b: '4' } },
    ]);
  });
});

describe('parseMarkCell', () => {
  it.each([
    ['6', 6],
    ['5½', 5.5],
    ['5,5', 5.5],
    ['6-', 5.75],
    ['7+', 7.25],
    ['10', 10],
  ])('%s -> %d, raw text kept', (cell, value) => {
    expect(parseMarkCell(cell)).toEqual({ kind: 'numeric', value, raw: cell });
  });

  it('reads giudizi sintetici and empty cells', () => {
    expect(parseMarkCell('non sufficiente')).toEqual({
      kind: 'judgement',
      value: 'Non sufficiente',
    });
    expect(parseMarkCell('')).toBeNull();
  });

  it.each(['11', '0', 'sei', '5/7'])('refuses %s', (cell) => {
    expect(() => parseMarkCell(cell)).toThrow();
  });
});
