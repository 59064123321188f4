import { describe, expect, it } from 'vitest';
import { termRecordId, termRecordToKeep, type SavedTermRecord } from '@domain';
import { planTermRecordMerges, type TermRecordDoc } from '../../scripts/migrate/term-record-merges';

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

function saved(id: string, times: Partial<Omit<SavedTermRecord, 'id'>> = {}): SavedTermRecord {
  return { id, updatedAt: null, createdAt: null, writtenAt: null, ...times };
}

function stored(
  id: string,
  schoolYear: unknown,
  term: unknown,
  updatedAt: string | null,
): TermRecordDoc {
  return { ...saved(id, { updatedAt: updatedAt ? at(updatedAt) : null }), schoolYear, term };
}

describe('termRecordId', () => {
  it('is the school year with a dash and the term', () => {
    expect(termRecordId('2025/26', 1)).toBe('2025-26-t1');
    expect(termRecordId('2026/27', 3)).toBe('2026-27-t3');
  });
});

describe('termRecordToKeep', () => {
  it('keeps the latest saved, by updatedAt', () => {
    const kept = termRecordToKeep(
      [
        saved('a', { updatedAt: at('2026-11-02'), createdAt: at('2026-10-01') }),
        saved('b', { updatedAt: at('2026-11-05'), createdAt: at('2026-09-01') }),
        saved('c', { updatedAt: at('2026-10-20'), createdAt: at('2026-10-20') }),
      ],
      '2026-27-t1',
    );
    expect(kept?.id).toBe('b');
  });

  it('falls back to createdAt, then to the document write time', () => {
    expect(
      termRecordToKeep(
        [saved('a', { createdAt: at('2026-11-02') }), saved('b', { updatedAt: at('2026-11-01') })],
        'x',
      )?.id,
    ).toBe('a');
    expect(
      termRecordToKeep(
        [saved('a', { writtenAt: at('2026-11-09') }), saved('b', { createdAt: at('2026-11-08') })],
        'x',
      )?.id,
    ).toBe('a');
  });

  it('on a tie prefers the record at the term id, then the greatest id, in any order', () => {
    const same = { updatedAt: at('2026-11-02') };
    const records = [saved('zz', same), saved('2026-27-t1', same), saved('aa', same)];
    expect(termRecordToKeep(records, '2026-27-t1')?.id).toBe('2026-27-t1');
    expect(termRecordToKeep([...records].reverse(), '2026-27-t1')?.id).toBe('2026-27-t1');
    expect(termRecordToKeep([saved('aa', same), saved('zz', same)], '2026-27-t1')?.id).toBe('zz');
    expect(termRecordToKeep([saved('zz', same), saved('aa', same)], '2026-27-t1')?.id).toBe('zz');
  });

  it('is null for no records', () => {
    expect(termRecordToKeep([], '2026-27-t1')).toBeNull();
  });
});

describe('planTermRecordMerges', () => {
  it('keeps the latest saved of a term at the term id and deletes the others', () => {
    const plan = planTermRecordMerges([
      stored('2026-27-t1', '2026/27', 1, '2026-11-01'),
      stored('xYz', '2026/27', 1, '2026-11-20'),
      stored('abc', '2026/27', 1, '2026-10-01'),
      stored('2026-27-t2', '2026/27', 2, '2026-11-01'),
    ]);
    expect(plan.merges).toEqual([
      {
        termId: '2026-27-t1',
        keep: expect.objectContaining({ id: 'xYz' }),
        writeKept: true,
        deleteIds: ['abc', 'xYz'],
        replacesTermId: true,
        found: 3,
      },
    ]);
  });

  it('only deletes when the record at the term id is the latest', () => {
    const plan = planTermRecordMerges([
      stored('old', '2025/26', 2, '2026-05-01'),
      stored('2025-26-t2', '2025/26', 2, '2026-06-10'),
    ]);
    expect(plan.merges).toEqual([
      expect.objectContaining({
        termId: '2025-26-t2',
        writeKept: false,
        deleteIds: ['old'],
        replacesTermId: false,
      }),
    ]);
  });

  it('leaves a lone record at an id of its own unless told to move it', () => {
    const docs = [stored('legacy', '2025/26', 1, '2026-01-31')];
    expect(planTermRecordMerges(docs)).toMatchObject({ merges: [], singlesElsewhere: 1 });
    expect(planTermRecordMerges(docs, { moveSingles: true }).merges).toEqual([
      expect.objectContaining({ termId: '2025-26-t1', writeKept: true, deleteIds: ['legacy'] }),
    ]);
  });

  it('never touches a record whose school year or term cannot be read', () => {
    const broken = [stored('a', '2025-26', 1, null), stored('b', '2025/26', 4, null)];
    const plan = planTermRecordMerges(broken, { moveSingles: true });
    expect(plan.merges).toEqual([]);
    expect(plan.unreadable.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('plans nothing once the records are merged: a second run changes nothing', () => {
    const docs = [
      stored('first', '2026/27', 1, '2026-11-01'),
      stored('second', '2026/27', 1, '2026-11-02'),
    ];
    const [merge] = planTermRecordMerges(docs).merges;
    if (!merge) throw new Error('expected a merge');
    const after = [{ ...merge.keep, id: merge.termId }];
    expect(planTermRecordMerges(after, { moveSingles: true })).toMatchObject({
      merges: [],
      singlesElsewhere: 0,
    });
  });
});
