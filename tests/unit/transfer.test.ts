import { describe, expect, it } from 'vitest';
import {
  RECORD_KINDS,
  TRANSFERRED_AUTHOR,
  TRANSFERRED_NAME,
  isOpenTransfer,
  paths,
  planTransferCopy,
  transferRequestId,
  transferRequestSchema,
} from '@domain';
import { makePupil } from '../fixtures/entities';
import { validRecords } from '../fixtures/records';

const request = { toSchoolId: 'school-b', toClassId: 'class-1a', pupilId: 'p1' };
const meta = {
  schoolId: 'school-a',
  pupilId: 'p1',
  createdBy: 'teacher-a',
  createdAt: new Date('2026-10-01'),
  updatedAt: new Date('2026-10-02'),
};
const now = new Date('2026-11-20T10:00:00Z');

function source() {
  const collections: Record<string, { id: string; data: Record<string, unknown> }[]> = {};
  for (const kind of RECORD_KINDS) {
    collections[kind] = [{ id: 'r1', data: { ...validRecords[kind], ...meta } }];
  }
  collections.risk = [{ id: 'current', data: { level: 'red' } }];
  collections.riskHistory = [
    { id: 'h1', data: { cause: 'review', byUid: 'coord-a', byName: 'Marco Rossi', at: now } },
  ];
  return {
    pupil: makePupil({ schoolId: 'school-a', assignedUids: ['educator-a'] }),
    collections,
  };
}

describe('planTransferCopy', () => {
  const plan = planTransferCopy(request, source(), now);

  it('copies every record and the history to the same ids under the receiving school', () => {
    expect(plan.records.map((r) => r.path).sort()).toEqual(
      [
        ...RECORD_KINDS.map((k) => `${paths.records('school-b', 'p1', k)}/r1`),
        `${paths.riskHistory('school-b', 'p1')}/h1`,
      ].sort(),
    );
    for (const r of plan.records) expect(r.data).not.toHaveProperty('schoolId', 'school-a');
  });

  it('leaves the current risk behind (the destination recomputes it)', () => {
    expect(plan.skipped).toEqual(['risk']);
  });

  it('strips the sending school’s staff: authors, assignments, assessor names, plans', () => {
    const text = JSON.stringify([plan.records, plan.pupil]);
    for (const name of ['teacher-a', 'educator-a', 'coord-a', 'Marco Rossi', 'Giulia Bianchi']) {
      expect(text).not.toContain(name);
    }
    const byKind = Object.fromEntries(
      plan.records.map((r) => [r.path.split('/')[4], r.data] as const),
    );
    expect(byKind.l2Assessments?.assessorName).toBe(TRANSFERRED_NAME);
    expect(byKind.tutoringSessions?.createdBy).toBe(TRANSFERRED_AUTHOR);
    expect(byKind.tutoringSessions?.planId).toBeNull();
    expect(byKind.interventions?.ownerUid).toBe(TRANSFERRED_AUTHOR);
    expect(byKind.riskHistory).not.toHaveProperty('byUid');
  });

  it('places the pupil in the chosen class with nobody assigned', () => {
    expect(plan.pupil.path).toBe(paths.pupil('school-b', 'p1'));
    expect(plan.pupil.data).toMatchObject({
      schoolId: 'school-b',
      classId: 'class-1a',
      assignedUids: [],
      createdBy: TRANSFERRED_AUTHOR,
      updatedAt: now,
      firstName: 'Amina',
    });
  });

  it('is the same plan when run again (the retry overwrites, never duplicates)', () => {
    expect(planTransferCopy(request, source(), now)).toEqual(plan);
  });
});

describe('transfer requests', () => {
  it('one id per sending school and pupil; open while requested or accepted', () => {
    expect(transferRequestId('school-a', 'p1')).toBe('school-a--p1');
    expect(
      ['requested', 'accepted', 'rejected', 'cancelled', 'completed'].map((s) =>
        isOpenTransfer(s as 'requested'),
      ),
    ).toEqual([true, true, false, false, false]);
  });

  it('the schema takes a request as functions write it', () => {
    expect(
      transferRequestSchema.safeParse({
        fromSchoolId: 'school-a',
        toSchoolId: 'school-b',
        pupilId: 'p1',
        pupilName: 'El Idrissi Amina',
        fromSchoolName: 'IC Manzoni',
        toSchoolName: 'IIS Volta',
        toClassId: 'class-1a',
        requestedBy: 'head-a',
        requestedAt: now,
        status: 'requested',
        decidedBy: null,
        decidedAt: null,
        copiedAt: null,
        completedAt: null,
      }).success,
    ).toBe(true);
  });
});
