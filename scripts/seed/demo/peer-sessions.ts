/** Peer education: pairs of pupils within a class (a second pass over all pupils). */
import type { PeerSession } from '../../../functions/src/domain/records';
import { addDays, copy, daysBetween, isLessonDay, nextWeekday } from './calendar';
import type { Ctx, Draft } from './draft';
import type { Rng } from './prng';
import { classLead, meta, nextId } from './record-meta';

const PEER_TOPICS = [
  'Accoglienza: regole e spazi della scuola',
  'Lessico della matematica',
  'Compiti di storia insieme',
  'Lettura guidata di un testo di scienze',
  'Preparazione alla verifica di geografia',
];

export function peerSessions(
  rng: Rng,
  drafts: Draft[],
  ctx: Ctx,
): { tutor: Draft; tutee: Draft }[] {
  const pairs: { tutor: Draft; tutee: Draft }[] = [];
  const byClass = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.cls.schoolId}/${d.cls.id}`;
    const arr = byClass.get(key) ?? [];
    arr.push(d);
    byClass.set(key, arr);
  }
  for (const members of byClass.values()) {
    const used = new Set<string>();
    const tutees = members
      .filter((m) => m.arrival === 'recent' && daysBetween(m.first, ctx.asOf) > 21)
      .slice(0, 2);
    for (const tutee of tutees) {
      const candidates = members.filter(
        (m) =>
          m.profile === 'green' && m.arrival !== 'recent' && !used.has(m.id) && m.id !== tutee.id,
      );
      const sameLanguage = candidates.filter((m) => m.homeLanguages[0] === tutee.homeLanguages[0]);
      const pool = sameLanguage.length > 0 ? sameLanguage : candidates;
      if (pool.length === 0 || !rng.chance(0.7)) continue;
      const tutor = rng.pick(pool);
      used.add(tutor.id);
      pairs.push({ tutor, tutee });
      const n = rng.int(2, 4);
      let date = nextWeekday(addDays(ctx.asOf, -7), 4);
      const dates: Date[] = [];
      for (let i = 0; i < n && date > addDays(tutee.first, 7) && date >= ctx.termStart; i++) {
        if (isLessonDay(date) && date < ctx.asOf) dates.push(date);
        date = addDays(date, -7);
      }
      for (const dt of dates.reverse()) {
        const topic = rng.pick(PEER_TOPICS);
        const attended = rng.chance(0.9);
        for (const [self, partner, role] of [
          [tutor, tutee, 'tutor'],
          [tutee, tutor, 'tutee'],
        ] as const) {
          const data: PeerSession = {
            date: copy(dt),
            role,
            partnerPupilId: partner.id,
            topic,
            attended,
            notes: '',
          };
          self.records.push({
            kind: 'peerSessions',
            schoolId: self.cls.schoolId,
            pupilId: self.id,
            id: nextId(self, 'peerSessions'),
            data: { ...data, ...meta(self, self.staff.educator, dt, ctx.asOf) },
          });
          self.assigned.add(self.staff.educator);
        }
      }
    }
  }
  return pairs;
}

/** A tutee with a peer session and no peer-education intervention gets one (tier 1). */
export function peerEducationInterventions(pairs: { tutee: Draft }[], asOf: Date): void {
  for (const { tutee } of pairs) {
    if (tutee.records.some((r) => r.kind === 'interventions' && r.data.type === 'peerEducation'))
      continue;
    const peerSession = tutee.records.find((r) => r.kind === 'peerSessions');
    if (!peerSession) continue;
    const start = copy(peerSession.data.date);
    tutee.records.push({
      kind: 'interventions',
      schoolId: tutee.cls.schoolId,
      pupilId: tutee.id,
      id: nextId(tutee, 'interventions'),
      data: {
        type: 'peerEducation',
        tier: 1,
        ownerUid: tutee.staff.educator,
        goal: "Affiancamento di un compagno tutor per l'accoglienza e i compiti (un incontro a settimana).",
        start,
        plannedWeeks: 8,
        checkEveryWeeks: 4,
        status: 'active',
        outcome: '',
        ...meta(tutee, classLead(tutee), start, asOf),
      },
    });
  }
}
