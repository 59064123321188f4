/**
 * Monitoring figures as they are published (monitoring.ts): above the school every count of 3
 * or fewer becomes "<=3" (stats.ts), hours and dose-response bands of 3 pupils or fewer are
 * hidden; the school itself reads its exact figures in the same shape.
 */
import { z } from 'zod';
import { DOSE_BANDS, doseResponseCellsOf, type DoseResponseCells } from './monitoring-effect';
import type { MonitoringIndicators } from './monitoring-indicators';
import {
  SUPPRESSED,
  SUPPRESSION_MAX,
  suppressCount,
  suppressedCountSchema as suppressedCount,
  suppressRecord,
  type SuppressedCount,
} from './stats-suppression';

/** `MonitoringIndicators` with every count of 3 or fewer replaced by "<=3". */
export const suppressedIndicatorsSchema = z.object({
  pupils: suppressedCount,
  reached: z.record(z.string(), suppressedCount),
  /** Hours (whole above the school, one decimal for the school), hidden for 3 pupils or fewer. */
  hours: z.record(z.string(), z.union([z.number().min(0), z.literal(SUPPRESSED)])),
  sessions: z.record(z.string(), suppressedCount),
  l2Assessed: suppressedCount,
  l2Improved: suppressedCount,
  families: z.object({ reached: suppressedCount, withMediator: suppressedCount }),
  referrals: z.object({
    made: suppressedCount,
    byStatus: z.record(z.string(), suppressedCount),
    byOutcome: z.record(z.string(), suppressedCount),
  }),
  interventions: z.object({ opened: suppressedCount, closed: suppressedCount }),
  red: z.object({ pupils: suppressedCount, noHelpStarted: suppressedCount }),
});
export type SuppressedIndicators = z.infer<typeof suppressedIndicatorsSchema>;

/** Hours are hidden when 3 or fewer pupils received them (they would describe those pupils). */
function hoursShown(minutesDelivered: number, pupilsReached: number): SuppressedCount {
  return pupilsReached <= SUPPRESSION_MAX ? SUPPRESSED : Math.round(minutesDelivered / 60);
}

/** Indicators as they leave the school (for an Ambito or the Region). */
export function suppressIndicators(s: MonitoringIndicators): SuppressedIndicators {
  return {
    pupils: suppressCount(s.pupils),
    reached: suppressRecord(s.reached),
    hours: {
      l2: hoursShown(s.minutes.l2, s.reached.l2),
      tutoring: hoursShown(s.minutes.tutoring, s.reached.tutoring),
      orientation: hoursShown(s.minutes.orientation, s.reached.orientation),
    },
    sessions: {
      peerEducation:
        s.reached.peerEducation <= SUPPRESSION_MAX ? SUPPRESSED : s.sessions.peerEducation,
      familyMediation:
        s.reached.familyMediation <= SUPPRESSION_MAX ? SUPPRESSED : s.sessions.familyMediation,
    },
    l2Assessed: suppressCount(s.l2Assessed),
    l2Improved: suppressCount(s.l2Improved),
    families: {
      reached: suppressCount(s.families.reached),
      withMediator: suppressCount(s.families.withMediator),
    },
    referrals: {
      made: suppressCount(s.referrals.made),
      byStatus: suppressRecord(s.referrals.byStatus),
      byOutcome: suppressRecord(s.referrals.byOutcome),
    },
    interventions: {
      opened: suppressCount(s.interventions.opened),
      closed: suppressCount(s.interventions.closed),
    },
    red: { pupils: suppressCount(s.red.pupils), noHelpStarted: suppressCount(s.red.noHelpStarted) },
  };
}

/** Indicators as the school itself sees them: exact, hours rounded to one decimal. */
export function unsuppressedView(s: MonitoringIndicators): SuppressedIndicators {
  const h = (m: number) => Math.round(m / 6) / 10;
  return {
    pupils: s.pupils,
    reached: { ...s.reached },
    hours: {
      l2: h(s.minutes.l2),
      tutoring: h(s.minutes.tutoring),
      orientation: h(s.minutes.orientation),
    },
    sessions: { ...s.sessions },
    l2Assessed: s.l2Assessed,
    l2Improved: s.l2Improved,
    families: { ...s.families },
    referrals: {
      made: s.referrals.made,
      byStatus: { ...s.referrals.byStatus },
      byOutcome: { ...s.referrals.byOutcome },
    },
    interventions: { ...s.interventions },
    red: { ...s.red },
  };
}

/** One row of an aggregate published above the school (a school in an Ambito, an Ambito). */
export const publishedRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  indicators: suppressedIndicatorsSchema,
});
export type PublishedRow = z.infer<typeof publishedRowSchema>;

/** Dose-response as published: per band, pupils (suppressed) and mean changes (null if hidden). */
export const publishedDoseSchema = z.array(
  z.object({
    band: z.enum(DOSE_BANDS),
    helped: suppressedCount,
    marksChange: z.number().nullable(),
    marksChangeComparison: z.number().nullable(),
    l2Change: z.number().nullable(),
    l2ChangeComparison: z.number().nullable(),
  }),
);
export type PublishedDose = z.infer<typeof publishedDoseSchema>;

/** Dose-response figures, each band hidden when 3 or fewer helped pupils are in it. */
export function publishDose(cells: DoseResponseCells, suppress = true): PublishedDose {
  return doseResponseCellsOf(cells).map((b) => {
    const hide = suppress && b.helped <= SUPPRESSION_MAX;
    return {
      band: b.band,
      helped: suppress ? suppressCount(b.helped) : b.helped,
      marksChange: hide ? null : b.marksChange,
      marksChangeComparison: hide ? null : b.marksChangeComparison,
      l2Change: hide ? null : b.l2Change,
      l2ChangeComparison: hide ? null : b.l2ChangeComparison,
    };
  });
}
