import { describe, expect, it } from 'vitest';
import type { StoredRecordByKind } from '@/lib/collections';
import { absencePct, openFollowUps, openInterventions, classRowSummary } from './summaries';
import type { RecordEntry } from './types';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const meta = {
  schoolId: 's',
  pupilId: 'p',
  createdBy: 'u',
  createdAt: day('2026-09-01'),
  updatedAt: day('2026-09-01'),
};

function meeting(
  date: string,
  held: boolean,
  followUpDue: string | null,
): StoredRecordByKind['familyMeetings'] {
  return {
    ...meta,
    date: day(date),
    participants: ['mother'],
    language: 'ar',
    mediatorNeeded: false,
    mediatorPresent: false,
    held,
    outcome: null,
    followUp: followUpDue ? 'Richiamare' : '',
    followUpDue: followUpDue ? day(followUpDue) : null,
    notes: '',
  };
}
const asEntry = (data: StoredRecordByKind['familyMeetings'], id: string): RecordEntry => ({
  kind: 'familyMeetings',
  id,
  pending: false,
  data,
});

describe('summaries', () => {
  it('computes the absence share, null without lesson hours', () => {
    expect(absencePct({ absenceHours: 42, lessonHours: 420 })).toBe(10);
    expect(absencePct({ absenceHours: 0, lessonHours: 0 })).toBeNull();
  });

  it('keeps follow-ups open until due, or overdue with no meeting since', () => {
    const today = day('2026-11-25');
    const entries = [
      asEntry(meeting('2026-10-01', true, '2026-10-20'), 'closed-by-later-meeting'),
      asEntry(meeting('2026-11-10', true, '2026-11-20'), 'overdue'),
      asEntry(meeting('2026-11-12', false, '2026-12-15'), 'upcoming'),
    ];
    expect(openFollowUps(entries, today).map((f) => [f.entry.id, f.overdue])).toEqual([
      ['overdue', true],
      ['upcoming', false],
    ]);
  });

  it('gives the next check of an active intervention within its planned weeks', () => {
    const entry: RecordEntry = {
      kind: 'interventions',
      id: 'i1',
      pending: false,
      data: {
        ...meta,
        type: 'tutoring',
        tier: 2,
        ownerUid: 'u',
        goal: 'Recupero',
        start: day('2026-11-02'),
        plannedWeeks: 8,
        checkEveryWeeks: 2,
        status: 'active',
        outcome: '',
      },
    };
    const [open] = openInterventions([entry], day('2026-11-25'));
    expect(open?.nextCheck).toEqual(day('2026-11-30'));
    expect(openInterventions([entry], day('2027-03-01'))[0]?.nextCheck).toBeNull();
  });

  it('summarises a pupil for the class view from the latest term', () => {
    const termBase = {
      ...meta,
      lessonHours: 400,
      absenceHours: 40,
      annualHours: 990,
      conduct: null,
    };
    const summary = classRowSummary(
      {
        l2Assessments: [],
        termRecords: [
          { ...termBase, schoolYear: '2025/26', term: 2, marks: {} },
          {
            ...termBase,
            schoolYear: '2026/27',
            term: 1,
            marks: {
              italiano: { kind: 'numeric', value: 5.5, raw: '5½' },
              matematica: { kind: 'numeric', value: 4, raw: '4' },
              inglese: { kind: 'numeric', value: 7, raw: '7' },
            },
          },
        ],
        familyMeetings: [meeting('2026-10-01', true, null), meeting('2026-11-01', false, null)],
      },
      day('2026-11-25'),
    );
    expect(summary).toEqual({
      lastL2: null,
      absencePct: 10,
      belowPass: 2,
      lastFamilyContact: day('2026-10-01'),
      nextFollowUp: null,
    });
  });
});
