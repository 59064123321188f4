/** Tutoring sessions of a demo pupil. */
import type { TutoringSession } from '../../../functions/src/domain/records';
import { addDays, isLessonDay, maxDate, nextWeekday } from './calendar';
import type { Ctx, Draft } from './draft';
import type { Rng } from './prng';
import { meta, nextId } from './record-meta';

const ABSENCE_REASONS = [
  'Assente da scuola',
  'Visita medica',
  "Non si è presentato all'incontro",
  'Uscita anticipata',
];
const STUDY_SUBJECTS = [
  'Matematica',
  'Italiano per lo studio',
  'Metodo di studio',
  'Inglese',
  'Scienze',
  'Storia',
];

export function tutoring(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf, termStart } = ctx;
  const absentish = d.amber.has('absence') || d.red.has('absenceRed');
  const attendP = absentish ? 0.7 : 0.92;
  const earliest = maxDate(termStart, addDays(d.first, 5));
  const push = (
    date: Date,
    educatorUid: string,
    subject: string,
    minutes: number,
    format: TutoringSession['format'],
    forceAttended = false,
  ) => {
    const attended = forceAttended || rng.chance(attendP);
    const data: TutoringSession = {
      date,
      educatorUid,
      subject,
      minutes,
      format,
      attended,
      absenceReason: attended ? '' : rng.pick(ABSENCE_REASONS),
      planId: null,
      notes: attended && rng.chance(0.15) ? 'Lavoro su lessico e consegne della settimana.' : '',
    };
    d.records.push({
      kind: 'tutoringSessions',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'tutoringSessions'),
      data: { ...data, ...meta(d, educatorUid, date, asOf) },
    });
    d.assigned.add(educatorUid);
  };

  // Italian L2 workshop (laboratorio L2) for new arrivals below B1.
  if (d.arrival === 'recent' && d.l2Rank !== null && d.l2Rank < 4) {
    const gap = d.amber.has('sessionGap');
    const lastAllowed = gap ? addDays(asOf, -35) : addDays(asOf, -1);
    const weekday = rng.pick([2, 4]);
    const n = gap ? rng.int(2, 4) : d.l2Rank < 2 ? rng.int(4, 6) : rng.int(2, 4);
    let date = nextWeekday(addDays(lastAllowed, -6), weekday);
    const dates: Date[] = [];
    for (let i = 0; i < n && date >= earliest; i++) {
      if (isLessonDay(date)) dates.push(date);
      date = addDays(date, -7);
    }
    dates.reverse().forEach((dt, i) => {
      // The most recent session is attended, so a pupil below A2 keeps a contact in 4 weeks.
      const lastOne = i === dates.length - 1 && !gap;
      const small = rng.chance(0.7);
      push(
        dt,
        d.staff.l2teacher,
        'Italiano L2',
        small ? 90 : 60,
        small ? 'smallGroup' : 'individual',
        lastOne,
      );
    });
  }

  // Study support with the educator.
  const marksTrouble =
    d.amber.has('fails2') ||
    d.amber.has('lowMean') ||
    d.red.has('fails3') ||
    d.red.has('veryLowMean');
  const p = marksTrouble ? 0.75 : d.ritardo > 0 ? 0.25 : d.profile === 'green' ? 0.08 : 0.15;
  if (rng.chance(p)) {
    const n = rng.int(2, 5);
    const subject = rng.pick(STUDY_SUBJECTS);
    const weekday = rng.pick([1, 3]);
    let date = nextWeekday(addDays(asOf, -7), weekday);
    const dates: Date[] = [];
    for (let i = 0; i < n && date >= earliest; i++) {
      if (isLessonDay(date) && date < asOf) dates.push(date);
      date = addDays(date, -7);
    }
    for (const dt of dates.reverse()) {
      const small = rng.chance(0.6);
      push(
        dt,
        d.staff.educator,
        subject,
        rng.pick([60, 60, 90, 120]),
        small ? 'smallGroup' : 'individual',
      );
    }
  }
}
