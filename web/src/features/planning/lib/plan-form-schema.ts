import { z } from 'zod';
import { sessionPlanInputSchema, type PeerPair } from '@domain';
import { parseItalianDate } from '@/lib/dates';

// The plan form holds what its inputs hold (text, the picked ids, the repetition chosen); the
// schema turns that into a plan and validates it with the domain schema itself, so the form
// accepts exactly what the domain and the rules accept. The domain's error paths (date,
// startTime, minutes, subject, pupilIds, recurrence.until) land next to the fields.

export type PlanFormValues = {
  date: string;
  startTime: string;
  minutes: string;
  subject: string;
  pupilIds: string[];
  repeat: 'none' | 'weekly';
  until: string;
};

/** What the form does not ask: who holds the sessions and the accepted peer pair, if any. */
export type PlanFormContext = { educatorUid: string; peerPair: PeerPair | null };

/** A date field's gg/mm/aaaa as the day it names; an invalid Date when it names none. */
function dayOf(text: string): Date {
  const parsed = parseItalianDate(text);
  return parsed.ok ? parsed.date : new Date(Number.NaN);
}

export function planFormSchema({ educatorUid, peerPair }: PlanFormContext) {
  return z
    .object({
      date: z.string(),
      startTime: z.string(),
      minutes: z.string(),
      subject: z.string(),
      pupilIds: z.array(z.string()),
      repeat: z.enum(['none', 'weekly']),
      until: z.string(),
    })
    .transform((v): unknown => ({
      date: dayOf(v.date),
      startTime: v.startTime,
      minutes: Number(v.minutes),
      subject: v.subject,
      // One pupil is an individual session, more are a small group: never asked.
      format: v.pupilIds.length > 1 ? 'smallGroup' : 'individual',
      pupilIds: v.pupilIds,
      educatorUid,
      recurrence:
        v.repeat === 'weekly' ? { kind: 'weekly', until: dayOf(v.until) } : { kind: 'none' },
      peerPair,
    }))
    .pipe(sessionPlanInputSchema);
}

/** The empty form; `today` as the date field writes it (gg/mm/aaaa). */
export function emptyPlanForm(today: string): PlanFormValues {
  return {
    date: today,
    startTime: '14:30',
    minutes: '60',
    subject: '',
    pupilIds: [],
    repeat: 'none',
    until: '',
  };
}
