import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateValidationMessage } from '@domain';
import { decodeCsvBytes } from './decode';
import { guessMapping, missingRequired } from './mapping';
import { type StoredPupil, planPupilImport, validatePupilRows } from './pupils';
import { readCsvTable } from './table';
import { planTermImport, validateTermRows } from './term-records';

// The shipped fixtures, end to end through the pure pipeline: decode, read, map, validate,
// plan. The e2e test uploads the same files through the page.

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/csv', name)));

const CLASSES = [
  { id: '1a-old', name: '1A', schoolYear: '2025/26' },
  { id: '1a-sec1', name: '1A', schoolYear: '2026/27' },
  { id: '2b-sec1', name: '2B', schoolYear: '2026/27' },
  { id: '2b-old', name: '2B', schoolYear: '2025/26' },
  { id: '3c-sec1', name: '3C', schoolYear: '2026/27' },
];
const ctx = { classes: CLASSES, schoolYear: '2026/27' };

function pupilRows() {
  const { text, encoding } = decodeCsvBytes(fixture('pupils-windows-1252.csv'));
  const table = readCsvTable(text);
  const mapping = guessMapping('pupils', table.headers);
  return { encoding, table, mapping, rows: validatePupilRows(table, mapping, ctx) };
}

describe('pupils fixture (Windows-1252, ";")', () => {
  it('is decoded as Windows-1252 with its accents and read with ";"', () => {
    const { encoding, table, rows } = pupilRows();
    expect(encoding).toBe('windows-1252');
    expect(table.separator).toBe(';');
    expect(rows.find((r) => r.line === 3)?.intake?.lastName).toBe('Çelik');
    expect(rows.find((r) => r.line === 3)?.intake?.notes).toBe(
      'Ha frequentato la scuola in Turchia; è molto motivata',
    );
    expect(rows.find((r) => r.line === 10)?.intake?.firstName).toBe('José');
  });

  it('maps every column from the Italian headers', () => {
    const { mapping } = pupilRows();
    expect(missingRequired('pupils', mapping)).toEqual([]);
    expect(mapping).toMatchObject({
      codiceFiscale: 'Codice fiscale',
      birthDate: 'Data di nascita',
      className: 'Classe',
      homeLanguages: 'Lingua madre',
      pdpDate: 'Data PDP',
      schoolPupilCode: null,
    });
  });

  it('accepts exactly lines 2, 3, 4 and 10, and says why each other line is refused', () => {
    const { rows } = pupilRows();
    expect(rows.filter((r) => r.intake).map((r) => r.line)).toEqual([2, 3, 4, 10]);
    const errors = Object.fromEntries(
      rows.filter((r) => !r.intake).map((r) => [r.line, r.errors.map((e) => [e.column, e.key])]),
    );
    expect(errors).toEqual({
      5: [['Data di nascita', 'validation.impossibleDate']],
      6: [['Classe', 'import.unknownClass']],
      7: [['Codice fiscale', 'import.duplicatePupil']],
      8: [['Codice fiscale', 'import.duplicatePupil']],
      9: [['Codice fiscale', 'validation.codiceFiscale']],
    });
    expect(rows.find((r) => r.line === 7)?.errors[0]?.params).toEqual({ lines: '7, 8' });
    expect(translateValidationMessage('validation.impossibleDate', 'it')).toMatch(
      /^Questo giorno non esiste nel calendario/,
    );
  });

  it('resolves class names against the current year ("1 a" is 1A of 2026/27)', () => {
    const { rows } = pupilRows();
    expect(rows.find((r) => r.line === 2)?.intake?.classId).toBe('1a-sec1');
    expect(rows.find((r) => r.line === 3)?.intake?.classId).toBe('1a-sec1');
    expect(rows.find((r) => r.line === 4)?.intake).toMatchObject({
      classId: '1a-sec1',
      homeLanguages: ['ro', 'it'],
      arrivalDate: null,
      pdp: false,
    });
  });

  it('plans creations, then nothing once the same pupils are stored', () => {
    const { rows } = pupilRows();
    const first = planPupilImport(rows, []);
    expect(first.map((i) => [i.line, i.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'create'],
      [10, 'create'],
    ]);
    const stored: StoredPupil[] = first.flatMap((item, n) =>
      item.action === 'create'
        ? [
            {
              ...item.intake,
              id: `p${n}`,
              schoolId: 's',
              assignedUids: ['edu'],
              createdBy: 'ref',
              createdAt: new Date(),
              updatedAt: new Date(),
            },
          ]
        : [],
    );
    expect(planPupilImport(rows, stored).map((i) => i.action)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    const moved = stored.map((p) => (p.id === 'p0' ? { ...p, classId: '3c-sec1', notes: 'x' } : p));
    expect(planPupilImport(rows, moved)[0]).toEqual({
      line: 2,
      action: 'update',
      pupilId: 'p0',
      changes: {
        classId: '1a-sec1',
        notes: 'Già seguita dal facilitatore: attività di italiano',
      },
    });
  });
});

describe('term-records fixture (UTF-8, ",")', () => {
  const pupils = [
    { id: 'khalil', codiceFiscale: 'KHLFTM13D45Z330Q', schoolPupilCode: '' },
    { id: 'celik', codiceFiscale: 'CLKMGU12S50Z243X', schoolPupilCode: '' },
    { id: 'popescu', codiceFiscale: 'PPSNDR13B15F205W', schoolPupilCode: '' },
    { id: 'sanchez', codiceFiscale: 'SNCJSO12H10Z614Y', schoolPupilCode: '' },
  ];

  function termRows() {
    const { text, encoding } = decodeCsvBytes(fixture('term-records-utf8.csv'));
    const table = readCsvTable(text);
    const mapping = guessMapping('termRecords', table.headers);
    return {
      encoding,
      table,
      rows: validateTermRows(table, mapping, { pupils, schoolYear: '2026/27' }),
    };
  }

  it('accepts lines 3 and 7 only, with the register notation of marks', () => {
    const { encoding, table, rows } = termRows();
    expect(encoding).toBe('utf-8');
    expect(table.separator).toBe(',');
    expect(rows.filter((r) => r.record).map((r) => [r.line, r.pupilId, r.recordId])).toEqual([
      [3, 'celik', '2026-27-t1'],
      [7, 'sanchez', '2026-27-t2'],
    ]);
    expect(rows.find((r) => r.line === 3)?.record?.marks).toEqual({
      italiano: { kind: 'numeric', value: 5.75, raw: '6-' },
      matematica: { kind: 'numeric', value: 5.5, raw: '5½' },
      inglese: { kind: 'numeric', value: 7, raw: '7' },
    });
    expect(rows.find((r) => r.line === 7)?.record?.marks.inglese).toEqual({
      kind: 'numeric',
      value: 6.5,
      raw: '6/7',
    });
  });

  it('reports mark 11, absences above lessons, an unknown pupil and a repeated term', () => {
    const { rows } = termRows();
    const errors = Object.fromEntries(
      rows.filter((r) => !r.record).map((r) => [r.line, r.errors.map((e) => [e.column, e.key])]),
    );
    expect(errors).toEqual({
      2: [[null, 'import.duplicateTermRecord']],
      4: [['Italiano', 'validation.markRange']],
      5: [['Ore assenza', 'validation.absencesExceedHours']],
      6: [['Codice fiscale', 'import.unknownPupil']],
      8: [[null, 'import.duplicateTermRecord']],
    });
  });

  it('re-importing identical records plans no write', () => {
    const { rows } = termRows();
    const first = planTermImport(rows, new Map());
    expect(first.map((i) => i.action)).toEqual(['create', 'create']);
    const stored = new Map(
      first.map((i) => [`${i.pupilId}/${i.recordId}`, { id: i.recordId, record: i.record }]),
    );
    expect(planTermImport(rows, stored).map((i) => i.action)).toEqual(['unchanged', 'unchanged']);
  });

  it('updates the record stored for a term, also one kept at an older id of its own', () => {
    const { rows } = termRows();
    const [first, second] = planTermImport(rows, new Map());
    if (!first || !second) throw new Error('the fixture has two valid rows');
    const stored = new Map([
      [`${first.pupilId}/${first.recordId}`, { id: 'older-id', record: null }],
      [
        `${second.pupilId}/${second.recordId}`,
        {
          id: second.recordId,
          record: { ...second.record, absenceHours: second.record.absenceHours + 1 },
        },
      ],
    ]);
    expect(
      planTermImport(rows, stored).map((i) => ({ recordId: i.recordId, action: i.action })),
    ).toEqual([
      { recordId: 'older-id', action: 'update' },
      { recordId: second.recordId, action: 'update' },
    ]);
  });
});
