/** Interventions of a demo pupil. */
import type { Intervention } from '../../../functions/src/domain/records';
import { addDays, maxDate, utc, weekdayBack, weekdayForward } from './calendar';
import type { Ctx, Draft } from './draft';
import { meetingLanguage } from './family-meetings';
import { hashSeed, type Rng } from './prng';
import { classLead, meta, nextId } from './record-meta';

export function interventions(rng: Rng, d: Draft, ctx: Ctx): void {
  const { asOf } = ctx;
  const plans: Intervention[] = [];
  const startIn = (min: number, max: number) =>
    weekdayBack(maxDate(addDays(asOf, -rng.int(min, max)), d.first));
  const planned = () => weekdayForward(addDays(asOf, rng.int(3, 12)));
  const red = d.profile === 'red';

  if (d.red.has('l2Stuck')) {
    plans.push({
      type: 'l2Course',
      tier: 3,
      ownerUid: d.staff.l2teacher,
      goal: 'Percorso individuale di italiano L2 (4 ore settimanali) con verifica mensile dei progressi.',
      start: startIn(14, 45),
      plannedWeeks: 12,
      checkEveryWeeks: 2,
      status: 'active',
      outcome: '',
    });
  } else if (d.arrival === 'recent' && rng.chance(0.55)) {
    plans.push({
      type: 'l2Course',
      tier: 2,
      ownerUid: d.staff.l2teacher,
      goal: 'Raggiungere il livello A2 di italiano per la comunicazione entro fine anno (laboratorio L2).',
      start: startIn(10, 60),
      plannedWeeks: rng.pick([16, 20, 24]),
      checkEveryWeeks: 4,
      status: 'active',
      outcome: '',
    });
  }
  if (d.red.has('absenceRed') || (d.amber.has('absence') && rng.chance(0.6))) {
    const lang = meetingLanguage(d);
    const owner =
      d.staff.mediator && d.staff.mediatorLanguages.includes(lang)
        ? d.staff.mediator
        : classLead(d);
    const active = red || rng.chance(0.5);
    plans.push({
      type: 'familyMediation',
      tier: red ? 3 : 2,
      ownerUid: owner,
      goal: 'Riportare le assenze sotto il 10% entro fine quadrimestre: contatto settimanale con la famiglia.',
      start: active ? startIn(7, 30) : planned(),
      plannedWeeks: 8,
      checkEveryWeeks: 2,
      status: active ? 'active' : 'planned',
      outcome: '',
    });
    if (owner === d.staff.mediator) d.assigned.add(owner);
  }
  const marksTrouble =
    d.amber.has('fails2') ||
    d.amber.has('lowMean') ||
    d.red.has('fails3') ||
    d.red.has('veryLowMean');
  if (marksTrouble && rng.chance(red ? 0.9 : 0.5)) {
    plans.push({
      type: 'tutoring',
      tier: 2,
      ownerUid: d.staff.educator,
      goal: 'Recupero nelle materie insufficienti: sportello pomeridiano due volte a settimana.',
      start: startIn(7, 40),
      plannedWeeks: 10,
      checkEveryWeeks: 2,
      status: 'active',
      outcome: '',
    });
    d.assigned.add(d.staff.educator);
  }
  const transition =
    (d.cls.level === 'secondaria1' && d.cls.year === 3) ||
    (d.cls.level === 'secondaria2' && d.cls.year === 1);
  if ((d.red.has('ritardo2') || (transition && d.profile !== 'green')) && rng.chance(0.6)) {
    plans.push({
      type: 'orientation',
      tier: 2,
      ownerUid: d.staff.referent,
      goal:
        d.cls.level === 'secondaria1'
          ? 'Orientamento alla scelta della scuola superiore con la famiglia (open day, colloquio con mediatore).'
          : 'Riorientamento: valutare con la famiglia il percorso più adatto (anche IeFP o CPIA).',
      start: startIn(5, 25),
      plannedWeeks: 6,
      checkEveryWeeks: 2,
      status: rng.chance(0.7) ? 'active' : 'planned',
      outcome: '',
    });
  }
  if (d.profile !== 'green' && d.first < utc(ctx.startYear - 1, 11, 1) && rng.chance(0.3)) {
    const ok = rng.chance(0.65);
    plans.push({
      type: rng.pick(['tutoring', 'peerEducation'] as const),
      tier: 1,
      ownerUid: d.staff.educator,
      goal: 'Sostegno allo studio nel secondo quadrimestre dello scorso anno.',
      start: weekdayForward(utc(ctx.startYear, 2, rng.int(5, 25))),
      plannedWeeks: 12,
      checkEveryWeeks: 4,
      status: ok ? 'completed' : 'stopped',
      outcome: ok
        ? 'Obiettivo raggiunto: ammesso/a alla classe successiva con tutte le sufficienze.'
        : 'Interrotto: frequenza irregolare agli incontri.',
    });
  }
  // About one red pupil in four has nothing running yet: the council has planned the help but
  // it has not started (the head's "to act" list). Drawn from the pupil id, not the stream, so
  // every other pupil of the demo stays as it was.
  if (red && hashSeed('not-started', d.id) % 4 === 0) {
    for (const plan of plans) {
      if (plan.status === 'active') {
        plan.status = 'planned';
        plan.start = weekdayForward(addDays(asOf, 7));
      }
    }
  } else if (red && plans.every((p) => p.status !== 'active')) {
    plans.push({
      type: 'other',
      tier: 2,
      ownerUid: classLead(d),
      goal: 'Monitoraggio settimanale del consiglio di classe e patto educativo con la famiglia.',
      start: startIn(3, 20),
      plannedWeeks: 8,
      checkEveryWeeks: 1,
      status: 'active',
      outcome: '',
    });
  }
  for (const plan of plans.slice(0, 3)) {
    if (plan.status !== 'planned' && plan.start > asOf) plan.start = weekdayBack(addDays(asOf, -1));
    const createdOn = plan.status === 'planned' ? addDays(asOf, -rng.int(1, 5)) : plan.start;
    d.records.push({
      kind: 'interventions',
      schoolId: d.cls.schoolId,
      pupilId: d.id,
      id: nextId(d, 'interventions'),
      data: { ...plan, ...meta(d, classLead(d), createdOn, asOf) },
    });
  }
}
