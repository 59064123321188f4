import {
  CEFR_LEVELS,
  cefrRank,
  isFailing,
  l2OverallLevel,
  type CefrLevel,
  type FamilyMeeting,
  type L2Assessment,
  type L2Skill,
  type TermRecord,
} from '@domain';
import type { StoredRecordByKind } from '@/lib/collections';
import type { RecordEntry, RecordEntryOf } from './types';

const DAY_MS = 86_400_000;

/** The date a record is placed at on the timeline. */
export function entryDate(entry: RecordEntry): Date {
  switch (entry.kind) {
    case 'termRecords':
      // A term record has no event date of its own: it is placed when it was entered.
      return entry.data.createdAt;
    case 'interventions':
      return entry.data.start;
    default:
      return entry.data.date;
  }
}

/** Newest first; records of the same day by entry time, newest first. */
export function sortNewestFirst(entries: RecordEntry[]): RecordEntry[] {
  return [...entries].sort(
    (a, b) =>
      entryDate(b).getTime() - entryDate(a).getTime() ||
      b.data.createdAt.getTime() - a.data.createdAt.getTime(),
  );
}

export type L2Point = { date: Date; domain: L2Assessment['domain'] } & Record<L2Skill, number>;

/** Per-skill ranks (PreA1 = 0) of each assessment, oldest first, for the chart and its table. */
export function l2Series(assessments: StoredRecordByKind['l2Assessments'][]): L2Point[] {
  return [...assessments]
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((a) => ({
      date: a.date,
      domain: a.domain,
      ascolto: cefrRank(a.levels.ascolto),
      lettura: cefrRank(a.levels.lettura),
      parlato: cefrRank(a.levels.parlato),
      interazione: cefrRank(a.levels.interazione),
      scrittura: cefrRank(a.levels.scrittura),
    }));
}

/** The CEFR level of a rank, for axis ticks. */
export function levelOfRank(rank: number): CefrLevel | undefined {
  return CEFR_LEVELS[rank];
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export type OpenIntervention = {
  entry: RecordEntryOf<'interventions'>;
  /** The next check after today, within the planned weeks; null once they have passed. */
  nextCheck: Date | null;
  plannedEnd: Date;
};

/** Planned and active interventions, with their next check date, soonest first. */
export function openInterventions(entries: RecordEntry[], today: Date): OpenIntervention[] {
  const day = startOfDay(today).getTime();
  return entries
    .filter((e): e is RecordEntryOf<'interventions'> => e.kind === 'interventions')
    .filter((e) => e.data.status === 'planned' || e.data.status === 'active')
    .map((entry) => {
      const start = entry.data.start.getTime();
      const step = entry.data.checkEveryWeeks * 7 * DAY_MS;
      const end = start + entry.data.plannedWeeks * 7 * DAY_MS;
      const steps = day <= start ? 0 : Math.ceil((day - start) / step);
      const next = start + steps * step;
      return {
        entry,
        nextCheck: next <= end ? new Date(next) : null,
        plannedEnd: new Date(end),
      };
    })
    .sort(
      (a, b) =>
        (a.nextCheck?.getTime() ?? Number.MAX_SAFE_INTEGER) -
        (b.nextCheck?.getTime() ?? Number.MAX_SAFE_INTEGER),
    );
}

export type FollowUp = {
  entry: RecordEntryOf<'familyMeetings'>;
  due: Date;
  overdue: boolean;
};

/**
 * Follow-ups of family meetings still open: due today or later, or overdue with no meeting
 * held with the family since (a later meeting is taken as the follow-up having happened).
 * Soonest first.
 */
export function openFollowUps(entries: RecordEntry[], today: Date): FollowUp[] {
  const day = startOfDay(today).getTime();
  const meetings = entries.filter(
    (e): e is RecordEntryOf<'familyMeetings'> => e.kind === 'familyMeetings',
  );
  const lastHeld = Math.max(
    Number.NEGATIVE_INFINITY,
    ...meetings.filter((m) => m.data.held).map((m) => m.data.date.getTime()),
  );
  const open: FollowUp[] = [];
  for (const entry of meetings) {
    const due = entry.data.followUpDue;
    if (!due) continue;
    const overdue = due.getTime() < day;
    if (overdue && lastHeld > entry.data.date.getTime()) continue;
    open.push({ entry, due, overdue });
  }
  return open.sort((a, b) => a.due.getTime() - b.due.getTime());
}

/**
 * The most recent term record of any school year (highest year, then term, then last
 * saved): what the pupil page shows. The engine's `latestTermRecord` reads the current year only.
 */
export function mostRecentTermRecord<T extends TermRecord & { updatedAt: Date }>(
  records: T[],
): T | null {
  let latest: T | null = null;
  for (const r of records) {
    if (
      !latest ||
      r.schoolYear > latest.schoolYear ||
      (r.schoolYear === latest.schoolYear && r.term > latest.term) ||
      (r.schoolYear === latest.schoolYear &&
        r.term === latest.term &&
        r.updatedAt > latest.updatedAt)
    ) {
      latest = r;
    }
  }
  return latest;
}

/** Absence hours as a share of the lesson hours held so far, in percent; null if none held. */
export function absencePct(record: Pick<TermRecord, 'absenceHours' | 'lessonHours'>) {
  return record.lessonHours > 0 ? (record.absenceHours / record.lessonHours) * 100 : null;
}

/** Subjects below pass in a term record. */
export function marksBelowPass(record: Pick<TermRecord, 'marks'>): number {
  return Object.values(record.marks).filter(isFailing).length;
}

export type ClassPupilSummary = {
  lastL2: { level: CefrLevel; date: Date } | null;
  absencePct: number | null;
  belowPass: number | null;
  lastFamilyContact: Date | null;
  nextFollowUp: { due: Date; overdue: boolean } | null;
};

/** One row of the class view, from a pupil's records. */
export function classRowSummary(
  records: {
    l2Assessments: StoredRecordByKind['l2Assessments'][];
    termRecords: StoredRecordByKind['termRecords'][];
    familyMeetings: StoredRecordByKind['familyMeetings'][];
  },
  today: Date,
): ClassPupilSummary {
  const lastL2 = [...records.l2Assessments].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  const term = mostRecentTermRecord(records.termRecords);
  const held = records.familyMeetings
    .filter((m: FamilyMeeting) => m.held)
    .map((m) => m.date.getTime());
  const followUps = openFollowUps(
    records.familyMeetings.map((data, i) => ({
      kind: 'familyMeetings' as const,
      id: String(i),
      pending: false,
      data,
    })),
    today,
  );
  const upcoming = followUps.find((f) => !f.overdue) ?? followUps[followUps.length - 1];
  return {
    lastL2: lastL2 ? { level: l2OverallLevel(lastL2), date: lastL2.date } : null,
    absencePct: term ? absencePct(term) : null,
    belowPass: term ? marksBelowPass(term) : null,
    lastFamilyContact: held.length > 0 ? new Date(Math.max(...held)) : null,
    nextFollowUp: upcoming ? { due: upcoming.due, overdue: upcoming.overdue } : null,
  };
}
