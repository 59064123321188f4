/**
 * Follow-up work the engine finds (a family not met this term, a mediator missing, a NAI pupil
 * without a PDP, no L2 session for weeks): tasks with an owner role and a due date, listed
 * apart from the flags; they never change the predicted level.
 */
import { cefrLabel } from './l2';
import { RANK_A2, type RankedAssessment } from './l2-assessments';
import {
  type ExamItem,
  examChecklistDue,
  examSessionEnd,
  missingExamItems,
  orientationDocId,
} from './orientation';
import { isNai } from './pupil';
import type { FamilyMeeting } from './records';
import type { FollowUp } from './risk';
import type { PupilSnapshot, RiskContext } from './risk-engine';
import { schoolYearOf } from './common';
import { fmtDate, isoDate, termWord } from './risk-text';
import { DAY_MS, addDays, firstScrutinioAfter } from './school-calendar';

/** Weeks into a term by which each family is expected to have been met. */
export const FAMILY_MEETING_DUE_WEEKS = 6;
/** Days to find a mediator after a meeting that needed one and had none. */
export const MEDIATOR_DUE_DAYS = 14;
/** Days to resume sessions once the gap in `sessionGapWeeks` is reached. */
export const SESSION_GAP_GRACE_DAYS = 7;

export function familyFollowUps(
  meetingsThisTerm: FamilyMeeting[],
  termStart: Date,
  ctx: RiskContext,
): FollowUp[] {
  const held = meetingsThisTerm.filter((m) => m.held);
  if (held.length === 0) {
    return [
      {
        code: 'familyMeeting',
        owner: 'coordinator',
        due: addDays(termStart, FAMILY_MEETING_DUE_WEEKS * 7),
        evidence: { termStart: isoDate(termStart), heldMeetings: 0 },
        sentence: {
          it: `Nessun colloquio con la famiglia in questo ${termWord(ctx.termSystem)}`,
          en: 'No meeting with the family this term',
        },
      },
    ];
  }
  // The latest held meeting decides: a later meeting with the mediator closes the gap.
  const latest = [...held].sort((x, y) => x.date.getTime() - y.date.getTime())[held.length - 1];
  if (!latest || !latest.mediatorNeeded || latest.mediatorPresent) return [];
  return [
    {
      code: 'mediatorMissing',
      owner: 'referent',
      due: addDays(latest.date, MEDIATOR_DUE_DAYS),
      evidence: { meetingDate: isoDate(latest.date), language: latest.language },
      sentence: {
        it: `Colloquio del ${fmtDate(latest.date)} svolto senza il mediatore necessario: richiedere un mediatore`,
        en: `Meeting of ${fmtDate(latest.date)} held without the mediator who was needed: request a mediator`,
      },
    },
  ];
}

export function pdpFollowUp(s: PupilSnapshot, months: number | null, ctx: RiskContext): FollowUp[] {
  const entry = s.pupil.firstItalianSchoolDate;
  if (!entry || s.pupil.pdp || !isNai(s.pupil, ctx.asOf, ctx.naiMonths)) return [];
  const scrutinio = firstScrutinioAfter(entry, ctx.termSystem);
  return [
    {
      code: 'naiPdp',
      owner: 'coordinator',
      due: scrutinio,
      evidence: {
        monthsInSchool: months,
        naiMonths: ctx.naiMonths,
        scrutinioDate: isoDate(scrutinio),
      },
      sentence: {
        it: `Alunno NAI senza PDP: il consiglio di classe lo decide entro il primo scrutinio (${fmtDate(scrutinio)})`,
        en: `Newly arrived pupil (NAI) without a PDP: the class council decides one by the first scrutinio (${fmtDate(scrutinio)})`,
      },
    },
  ];
}

export function sessionGapFollowUp(
  s: PupilSnapshot,
  assessments: RankedAssessment[],
  ctx: RiskContext,
): FollowUp[] {
  const latest = assessments[assessments.length - 1];
  if (!latest || latest.rank >= RANK_A2) return [];
  const weeks = ctx.thresholds.sessionGapWeeks;
  const contacts = [
    ...s.tutoringSessions.filter((x) => x.attended).map((x) => x.date),
    ...assessments.map((a) => a.date),
  ].filter((d) => d.getTime() <= ctx.asOf.getTime());
  const last = contacts.reduce((acc, d) => (acc.getTime() >= d.getTime() ? acc : d), latest.date);
  if (ctx.asOf.getTime() - last.getTime() <= weeks * 7 * DAY_MS) return [];
  const lvl = cefrLabel(latest.overall);
  return [
    {
      code: 'sessionGap',
      owner: 'assigned',
      due: addDays(last, weeks * 7 + SESSION_GAP_GRACE_DAYS),
      evidence: { level: lvl, thresholdWeeks: weeks, lastContactDate: isoDate(last) },
      sentence: {
        it: `Italiano L2 a livello ${lvl} e nessun tutoraggio né verifica L2 dal ${fmtDate(last)} (oltre ${weeks} settimane)`,
        en: `Italian L2 at level ${lvl} and no tutoring session or L2 test since ${fmtDate(last)} (over ${weeks} weeks)`,
      },
    },
  ];
}

const EXAM_ITEM_TEXT: Record<ExamItem, { it: string; en: string }> = {
  invalsiTaken: { it: 'prove INVALSI', en: 'INVALSI tests' },
  l2InsteadOfSecondLanguage: {
    it: 'italiano L2 al posto della seconda lingua (una sola prova di lingua straniera)',
    en: 'Italian L2 in place of the second foreign language (one language test)',
  },
  pdpInForce: { it: 'PDP in vigore', en: 'PDP in force' },
  pdpInExam: { it: "PDP recepito per l'esame", en: 'PDP reflected in the exam' },
  italianEntryTest: { it: "test d'ingresso di italiano", en: 'Italian entry test' },
};

/**
 * First-cycle exam checklist (issue 14) for a newly arrived pupil in the third year of
 * secondaria I, or any pupil whose checklist was recorded this year: the items still missing,
 * due to the class coordinator before the exam session (`examChecklistDue`). No checklist yet
 * counts every item as missing (L2 in place of the second language only when recorded as used).
 * Only when the snapshot carries the orientation records (the functions always read them).
 */
export function examChecklistFollowUp(s: PupilSnapshot, ctx: RiskContext): FollowUp[] {
  if (!s.orientation) return [];
  const { level, year } = s.schoolClass;
  if (level !== 'secondaria1' || year !== 3) return [];
  const schoolYear = schoolYearOf(ctx.asOf);
  if (ctx.asOf.getTime() > examSessionEnd(schoolYear).getTime()) return [];
  const record = s.orientation.find((o) => o.schoolYear === schoolYear);
  const exam = record?.exam ?? null;
  if (!exam && !isNai(s.pupil, ctx.asOf, ctx.naiMonths)) return [];
  const missing = exam
    ? missingExamItems(exam, exam.usedSecondLanguageHoursForL2)
    : missingExamItems(
        {
          invalsiTaken: false,
          l2InsteadOfSecondLanguage: false,
          pdpInForce: false,
          pdpInExam: false,
          italianEntryTest: false,
        },
        false,
      );
  if (missing.length === 0) return [];
  const due = examChecklistDue(schoolYear);
  return [
    {
      code: 'examChecklist',
      owner: 'coordinator',
      due,
      evidence: {
        schoolYear: orientationDocId(schoolYear),
        missing: missing.join(','),
        recorded: exam !== null,
      },
      sentence: {
        it: `Esame di Stato del primo ciclo (alunno neo-arrivato): da completare entro il ${fmtDate(due)}: ${missing.map((m) => EXAM_ITEM_TEXT[m].it).join('; ')}`,
        en: `First-cycle exam (newly arrived pupil): to complete by ${fmtDate(due)}: ${missing.map((m) => EXAM_ITEM_TEXT[m].en).join('; ')}`,
      },
    },
  ];
}
