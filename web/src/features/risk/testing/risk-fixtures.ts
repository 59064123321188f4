import type { LiveQueryResult } from '@/lib/live-query';
import type { NotificationsState } from '../api/get-notifications';
import type { RiskHistoryEntryWithId } from '../api/get-risk-history';
import type { StoredRisk } from '../lib/schemas';

const noop = () => undefined;

export function success<T>(data: T): LiveQueryResult<T> {
  return { status: 'success', data, error: null, retry: noop };
}

export function pending<T>(): LiveQueryResult<T> {
  return { status: 'pending', data: undefined, error: null, retry: noop };
}

/** An amber pupil: failing subjects (dismissed) and absences, with one protective signal. */
export function storedRiskFixture(overrides: Partial<StoredRisk> = {}): StoredRisk {
  return {
    level: 'amber',
    reviewedLevel: 'amber',
    score: 6,
    engineVersion: '1.0.0',
    computedAt: new Date('2026-11-20T00:00:00Z'),
    classId: '2b-sec1',
    flags: [
      {
        code: 'absences',
        level: 'amber',
        evidence: { absenceHours: 24, lessonHours: 200, annualHours: 990, absencePct: 12 },
        sentence: {
          it: 'Assenze al 12% delle ore: soglia 10%',
          en: 'Absences at 12% of hours: threshold 10%',
        },
      },
      {
        code: 'failingSubjects',
        level: 'amber',
        evidence: { failingCount: 2, subjects: 'matematica,scienze', coreBothFailing: false },
        sentence: {
          it: 'Insufficienze in 2 materie (matematica, scienze): soglia 2',
          en: 'Failing marks in 2 subjects (matematica, scienze): threshold 2',
        },
      },
    ],
    protective: [
      {
        code: 'tutoringRegular',
        sentence: {
          it: 'Tutoraggio regolare: 4 incontri nelle ultime 6 settimane',
          en: 'Regular tutoring: 4 sessions in the last 6 weeks',
        },
      },
    ],
    reviews: {
      failingSubjects: {
        decision: 'dismissed',
        reason: 'Insufficienze già recuperate a novembre',
        byUid: 'demo-coordinator',
        byName: 'Paolo Galli',
        at: new Date('2026-11-21T10:00:00Z'),
        evidenceKey: 'k',
      },
    },
    ...overrides,
  };
}

export function riskHistoryFixture(): RiskHistoryEntryWithId[] {
  return [
    {
      id: 'h1',
      at: new Date('2026-10-01T00:00:00Z'),
      cause: 'recompute',
      level: 'green',
      previousLevel: null,
      flags: [],
    },
    {
      id: 'h2',
      at: new Date('2026-11-20T00:00:00Z'),
      cause: 'recompute',
      level: 'amber',
      previousLevel: 'green',
      flags: [
        { code: 'absences', level: 'amber' },
        { code: 'failingSubjects', level: 'amber' },
      ],
    },
    {
      id: 'h3',
      at: new Date('2026-11-21T10:00:00Z'),
      cause: 'review',
      code: 'failingSubjects',
      decision: 'dismissed',
      reason: 'Insufficienze già recuperate a novembre',
      byName: 'Paolo Galli',
      level: 'amber',
      reviewedLevel: 'amber',
    },
  ];
}

export function notificationsFixture(unread: number): NotificationsState {
  const recent = Array.from({ length: Math.max(unread, 1) }, (_, i) => ({
    id: `n${i + 1}`,
    type: 'riskRaised' as const,
    schoolId: 'ic-manzoni',
    pupilId: `p${i + 1}`,
    pupilName: `Rossi Amina${i + 1}`,
    className: '2B',
    level: 'red' as const,
    previousLevel: 'amber' as const,
    createdAt: new Date('2026-11-20T00:00:00Z'),
    read: i >= unread,
  }));
  return { recent, unreadCount: unread };
}
