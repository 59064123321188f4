/** The engine's input rebuilt from one row of the evaluation file. */
import { schoolYearOf } from './common';
import { type EvaluationRow, parseMarkCell } from './evaluation-csv';
import type { CefrLevel } from './l2';
import {
  ALL_SUBJECTS,
  type FamilyMeeting,
  type Intervention,
  type L2Assessment,
  type TermRecord,
  type TutoringSession,
} from './records';
import type { PupilSnapshot } from './risk-engine';

const EMPTY_NOTES = { notes: '' } as const;

function l2Assessment(level: CefrLevel, at: Date): L2Assessment {
  const levels = {
    ascolto: level,
    lettura: level,
    parlato: level,
    interazione: level,
    scrittura: level,
  };
  return {
    date: at,
    tool: 'schoolTest',
    domain: 'communication',
    levels,
    assessorName: 'csv',
    ...EMPTY_NOTES,
  };
}

/** Sessions spread over a window ending at `asOf`, so counts per window come out as given. */
function sessions(n: number, asOf: Date, withinDays: number, from = 0): TutoringSession[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(asOf.getTime() - (from + ((i + 1) * (withinDays - from)) / (n + 1)) * 864e5),
    educatorUid: 'csv',
    subject: 'csv',
    minutes: 60,
    format: 'individual' as const,
    attended: true,
    absenceReason: '',
    planId: null,
    notes: '',
  }));
}

/** Builds the engine's input from one CSV row and its mark cells. */
export function snapshotFromRow(
  row: EvaluationRow,
  markCells: Record<string, string>,
): PupilSnapshot {
  const marks: TermRecord['marks'] = {};
  for (const subject of ALL_SUBJECTS) {
    const mark = parseMarkCell(markCells[subject] ?? '');
    if (mark) marks[subject] = mark;
  }
  const termRecord: TermRecord = {
    schoolYear: schoolYearOf(row.as_of),
    term: row.term,
    lessonHours: row.lesson_hours,
    absenceHours: Math.min(row.absence_hours, row.lesson_hours),
    annualHours: Math.max(row.annual_hours, 1),
    marks,
    conduct: parseMarkCell(row.conduct),
  };
  const l2: L2Assessment[] = [];
  if (row.l2_first_level && row.l2_first_date)
    l2.push(l2Assessment(row.l2_first_level, row.l2_first_date));
  if (row.l2_last_level && row.l2_last_date)
    l2.push(l2Assessment(row.l2_last_level, row.l2_last_date));
  const meetings: FamilyMeeting[] = Array.from({ length: row.family_meetings_term }, (_, i) => ({
    date: new Date(row.as_of.getTime() - (i + 1) * 864e5),
    participants: ['mother'],
    language: 'it',
    mediatorNeeded: row.mediator_missing,
    mediatorPresent: false,
    held: true,
    outcome: null,
    followUp: '',
    followUpDue: null,
    notes: '',
  }));
  const interventions: Intervention[] = row.active_intervention
    ? [
        {
          type: 'tutoring',
          tier: 2,
          ownerUid: 'csv',
          goal: 'csv',
          start: new Date(row.as_of.getTime() - 30 * 864e5),
          plannedWeeks: 8,
          checkEveryWeeks: 2,
          status: 'active',
          outcome: '',
        },
      ]
    : [];
  const within4w = Math.min(row.tutoring_sessions_4w, row.tutoring_sessions_6w);
  return {
    pupil: {
      birthDate: row.birth_date,
      arrivalDate: row.arrival_date,
      firstItalianSchoolDate: row.first_italian_school_date,
      pdp: row.pdp,
      pdpDate: row.pdp ? row.as_of : null,
      homeLanguages: ['it'],
    },
    schoolClass: { level: row.level, year: row.class_year, schoolYear: schoolYearOf(row.as_of) },
    termRecords: [termRecord],
    l2Assessments: l2,
    tutoringSessions: [
      ...sessions(within4w, row.as_of, 28),
      ...sessions(row.tutoring_sessions_6w - within4w, row.as_of, 42, 28),
    ],
    peerSessions: [],
    familyMeetings: meetings,
    interventions,
  };
}
