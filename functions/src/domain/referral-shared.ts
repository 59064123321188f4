import { z } from 'zod';
import { l2OverallLevel } from './l2-assessments';
import type { L2Assessment, TermRecord } from './records';
import type { SharedField } from './referral-schemas';

// What a referral shares of the pupil's data: only the ticked fields, copied at send time.

const cefr = z.enum(['PreA1', 'A1', 'A2', 'A2+', 'B1', 'B1+', 'B2', 'C1', 'C2']);

/**
 * `referrals/{id}/shared/current`: only the ticked parts of the pupil's data, copied by the
 * function at send time; deleted when the family withdraws consent.
 */
export const referralSharedSchema = z.strictObject({
  name: z.string().max(200).optional(),
  birthYear: z.number().int().min(1900).max(2100).optional(),
  schoolClass: z.string().max(80).optional(),
  homeLanguages: z.array(z.string().max(3)).max(5).optional(),
  countryOfBirth: z.string().max(2).optional(),
  arrivalYear: z.number().int().min(1900).max(2100).nullable().optional(),
  familyContact: z.string().max(300).optional(),
  l2Level: cefr.nullable().optional(),
  attendance: z
    .strictObject({
      schoolYear: z.string(),
      term: z.number().int(),
      lessonHours: z.number(),
      absenceHours: z.number(),
    })
    .nullable()
    .optional(),
  needLevel: z
    .strictObject({ level: z.enum(['green', 'amber', 'red']), flagCodes: z.array(z.string()) })
    .nullable()
    .optional(),
});
export type ReferralShared = z.infer<typeof referralSharedSchema>;

/** What the function reads to fill the shared document. */
export interface SharedSources {
  pupil: {
    firstName: string;
    lastName: string;
    birthDate: Date;
    homeLanguages: string[];
    countryOfBirth: string;
    arrivalDate: Date | null;
  };
  className: string;
  familyContact: string;
  l2Assessments: Pick<L2Assessment, 'date' | 'levels'>[];
  termRecords: Pick<TermRecord, 'schoolYear' | 'term' | 'lessonHours' | 'absenceHours'>[];
  need: { level: 'green' | 'amber' | 'red'; flagCodes: string[] } | null;
}

/** The shared document: the ticked fields and nothing else. */
export function buildSharedData(
  fields: readonly SharedField[],
  sources: SharedSources,
): ReferralShared {
  const out: ReferralShared = {};
  const { pupil } = sources;
  for (const field of new Set(fields)) {
    switch (field) {
      case 'name':
        out.name = `${pupil.lastName} ${pupil.firstName}`;
        break;
      case 'birthYear':
        out.birthYear = pupil.birthDate.getUTCFullYear();
        break;
      case 'schoolClass':
        out.schoolClass = sources.className;
        break;
      case 'homeLanguages':
        out.homeLanguages = [...pupil.homeLanguages];
        break;
      case 'countryOfBirth':
        out.countryOfBirth = pupil.countryOfBirth;
        break;
      case 'arrivalYear':
        out.arrivalYear = pupil.arrivalDate ? pupil.arrivalDate.getUTCFullYear() : null;
        break;
      case 'familyContact':
        out.familyContact = sources.familyContact;
        break;
      case 'l2Level': {
        const latest = [...sources.l2Assessments].sort(
          (a, b) => b.date.getTime() - a.date.getTime(),
        )[0];
        out.l2Level = latest ? l2OverallLevel(latest) : null;
        break;
      }
      case 'attendance': {
        const latest = [...sources.termRecords].sort((a, b) =>
          a.schoolYear === b.schoolYear
            ? b.term - a.term
            : b.schoolYear.localeCompare(a.schoolYear),
        )[0];
        out.attendance = latest
          ? {
              schoolYear: latest.schoolYear,
              term: latest.term,
              lessonHours: latest.lessonHours,
              absenceHours: latest.absenceHours,
            }
          : null;
        break;
      }
      case 'needLevel':
        out.needLevel = sources.need
          ? { level: sources.need.level, flagCodes: [...sources.need.flagCodes] }
          : null;
        break;
    }
  }
  return out;
}
