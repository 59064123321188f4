/** Family meetings of a demo pupil, with or without a mediator. */
import type { FamilyMeeting } from '../../../functions/src/domain/records';
import {
  addDays,
  copy,
  daysBetween,
  lessonDayNear,
  maxDate,
  minDate,
  nextLessonDay,
  schoolStart,
  utc,
  weekdayForward,
} from './calendar';
import type { Ctx, Draft } from './draft';
import { LANGUAGE_NAMES } from './names';
import type { Rng } from './prng';
import { classLead, meta, nextId } from './record-meta';

const FOLLOW_UPS = [
  'Aggiornare la famiglia sulle assenze a fine mese',
  'Verificare la frequenza al laboratorio L2',
  'Consegnare il PDP tradotto',
  'Fissare un incontro con il coordinatore di classe',
  'Ricontattare la famiglia telefonicamente',
];

export function meetingLanguage(d: Draft): string {
  return d.needsMediator ? (d.homeLanguages[0] ?? 'it') : 'it';
}

export function familyMeetings(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf, termStart } = ctx;
  const lang = meetingLanguage(d);
  const mediatorCovers = d.staff.mediator !== null && d.staff.mediatorLanguages.includes(lang);
  const participants = (): FamilyMeeting['participants'] =>
    rng
      .weighted([
        [['mother'], 6],
        [['father'], 2],
        [['mother', 'father'], 1.5],
        [['guardian'], d.cls.level === 'secondaria2' && d.arrival === 'recent' ? 1.5 : 0.2],
        [['mother', 'other'], 0.5],
      ] as const)
      .slice();
  const push = (data: FamilyMeeting, createdBy: string) => {
    d.records.push({
      kind: 'familyMeetings',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'familyMeetings'),
      data: { ...data, ...meta(d, createdBy, data.date, asOf) },
    });
    if (createdBy === d.staff.mediator) d.assigned.add(createdBy);
  };
  const creator = (present: boolean) =>
    present && mediatorCovers && d.staff.mediator ? d.staff.mediator : classLead(d);
  const mediatorNote = (present: boolean) =>
    present && !mediatorCovers && d.needsMediator
      ? `Presente un mediatore del servizio comunale (${LANGUAGE_NAMES[lang] ?? lang}).`
      : '';

  // Previous school year: one or two meetings.
  const prevStart = schoolStart(ctx.startYear - 1);
  if (d.first < utc(ctx.startYear, 3, 1)) {
    const n = rng.int(1, 2);
    for (let i = 0; i < n; i++) {
      const base = i === 0 ? utc(ctx.startYear - 1, 12, 1) : utc(ctx.startYear, 4, 10);
      const date = lessonDayNear(
        maxDate(addDays(base, rng.int(0, 20)), addDays(maxDate(prevStart, d.first), 7)),
        asOf,
      );
      if (date >= asOf) continue;
      const present = d.needsMediator && rng.chance(0.8);
      push(
        {
          date,
          participants: participants(),
          language: lang,
          mediatorNeeded: d.needsMediator,
          mediatorPresent: present,
          held: true,
          outcome: rng.weighted([
            ['positive', 5],
            ['neutral', 4],
            ['difficult', d.profile === 'green' ? 0.5 : 2],
          ] as const),
          followUp: '',
          followUpDue: null,
          notes: mediatorNote(present),
        },
        creator(present),
      );
    }
  }

  // This term.
  const from = maxDate(addDays(termStart, 14), d.first);
  const to = addDays(asOf, -1);
  const between = (a: Date, b: Date) =>
    minDate(
      weekdayForward(addDays(a, Math.floor(rng.float() * Math.max(1, daysBetween(a, b))))),
      asOf,
    );
  if (d.amber.has('noMeeting')) {
    if (from <= to && rng.chance(0.5)) {
      const date = maxDate(between(from, to), d.first);
      push(
        {
          date,
          participants: participants(),
          language: lang,
          mediatorNeeded: d.needsMediator,
          mediatorPresent: false,
          held: false,
          outcome: null,
          followUp: 'Ricontattare la famiglia telefonicamente',
          followUpDue: addDays(date, 10),
          notes: 'La famiglia non si è presentata al colloquio.',
        },
        classLead(d),
      );
    }
    return;
  }
  // Welcome meeting on the entry day for new arrivals, else a colloquio in Oct-Nov.
  const welcome = d.first >= termStart && rng.chance(0.7);
  let date = welcome
    ? copy(d.first)
    : between(from <= to ? from : d.first, to >= d.first ? to : d.first);
  if (date < termStart) date = nextLessonDay(termStart);
  if (date > asOf) date = copy(d.first);
  const absent = d.amber.has('mediatorAbsent');
  const present = d.needsMediator && !absent;
  const outcome: FamilyMeeting['outcome'] =
    d.profile === 'green'
      ? rng.weighted([
          ['positive', 6],
          ['neutral', 3.5],
          ['difficult', 0.5],
        ] as const)
      : d.profile === 'amber'
        ? rng.weighted([
            ['positive', 3],
            ['neutral', 5],
            ['difficult', 2],
          ] as const)
        : rng.weighted([
            ['positive', 1],
            ['neutral', 4],
            ['difficult', 5],
          ] as const);
  const follow = outcome === 'difficult' || (d.profile !== 'green' && rng.chance(0.5));
  push(
    {
      date,
      participants: participants(),
      language: absent ? 'it' : lang,
      mediatorNeeded: d.needsMediator,
      mediatorPresent: present,
      held: true,
      outcome,
      followUp: follow ? rng.pick(FOLLOW_UPS) : '',
      followUpDue: follow ? addDays(date, rng.int(14, 35)) : null,
      notes: absent
        ? "Mediatore richiesto ma non disponibile: colloquio svolto con l'aiuto di un fratello maggiore."
        : welcome
          ? 'Colloquio di accoglienza: presentazione della scuola, orari e patto di corresponsabilità.'
          : mediatorNote(present),
    },
    creator(present),
  );
}
