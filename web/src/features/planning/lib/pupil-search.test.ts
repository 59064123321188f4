import { describe, expect, it } from 'vitest';
import type { CaseloadEntry } from './caseload';
import { caseloadEntry } from '../testing/caseload-fixtures';
import { NO_FILTER, filterPupils, foldForSearch } from './pupil-search';

const caseload = [
  caseloadEntry('p1', 'El Idrissi Amina', { risk: { level: 'red', score: 70 }, l2Level: 'A1' }),
  caseloadEntry('p2', 'Ferrari Nicolò', { classId: '3a-sm', l2Level: 'B1' }),
  caseloadEntry('p3', 'Yılmaz Elif', { risk: { level: 'green', score: 5 } }),
];
const ids = (entries: CaseloadEntry[]) => entries.map((e) => e.pupilId);

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Nicolò ÀÉÎ')).toBe('nicolo aei');
  });
});

describe('filterPupils', () => {
  it('finds part of a name whatever the accents, case and order of the words', () => {
    expect(ids(filterPupils(caseload, { ...NO_FILTER, text: 'nicolo' }))).toEqual(['p2']);
    expect(ids(filterPupils(caseload, { ...NO_FILTER, text: 'AMI el' }))).toEqual(['p1']);
    expect(ids(filterPupils(caseload, { ...NO_FILTER, text: '  ' }))).toEqual(['p1', 'p2', 'p3']);
    expect(filterPupils(caseload, { ...NO_FILTER, text: 'zz' })).toEqual([]);
  });

  it('filters by class, L2 level and need, unknown cues included', () => {
    expect(ids(filterPupils(caseload, { ...NO_FILTER, classId: '3a-sm' }))).toEqual(['p2']);
    expect(ids(filterPupils(caseload, { ...NO_FILTER, l2Level: 'A1' }))).toEqual(['p1']);
    expect(ids(filterPupils(caseload, { ...NO_FILTER, l2Level: 'unknown' }))).toEqual(['p3']);
    expect(ids(filterPupils(caseload, { ...NO_FILTER, need: 'red' }))).toEqual(['p1']);
    expect(ids(filterPupils(caseload, { ...NO_FILTER, need: 'unknown' }))).toEqual(['p2']);
    expect(filterPupils(caseload, { ...NO_FILTER, need: 'red', classId: '3a-sm' })).toEqual([]);
  });
});
