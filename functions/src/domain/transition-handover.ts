import { type CefrLevel, cefrRank } from './l2';
import { l2OverallLevel } from './l2-assessments';
import type { OrientationRecord } from './orientation';
import {
  L2_DOMAINS,
  type Intervention,
  type L2Assessment,
  type PeerSession,
  type TutoringSession,
} from './records';
import { HANDOVER_MAX_ITEMS, type Handover } from './transition-schemas';

// The handover sheet that goes with a pupil to the receiving school.

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/**
 * The handover sheet from the pupil's records at the sending school: latest L2 level per
 * domain, what helped (completed or active interventions with an outcome, and the subjects of
 * tutoring and peer sessions with the most attended hours), open interventions, and the most
 * recent orientation record.
 */
export function buildHandover(input: {
  pupil: { homeLanguages: string[]; pdp: boolean };
  nai: boolean;
  l2Assessments: readonly L2Assessment[];
  tutoringSessions: readonly TutoringSession[];
  peerSessions: readonly PeerSession[];
  interventions: readonly Intervention[];
  orientation: readonly OrientationRecord[];
}): Handover {
  const l2Levels = L2_DOMAINS.flatMap((domain) => {
    const latest = [...input.l2Assessments]
      .filter((a) => a.domain === domain)
      .sort((a, b) => b.date.getTime() - a.date.getTime())[0];
    return latest ? [{ domain, level: l2OverallLevel(latest), date: latest.date }] : [];
  });

  const bySubject = new Map<string, number>();
  for (const s of input.tutoringSessions) {
    if (s.attended) bySubject.set(s.subject, (bySubject.get(s.subject) ?? 0) + s.minutes);
  }
  const tutoring = [...bySubject.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([subject, minutes]) => ({
      kind: 'tutoring' as const,
      label: subject,
      hours: hours(minutes),
      outcome: '',
    }));
  const peerTopics = new Map<string, number>();
  for (const s of input.peerSessions) {
    if (s.attended) peerTopics.set(s.topic, (peerTopics.get(s.topic) ?? 0) + 1);
  }
  const peer = [...peerTopics.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([topic]) => ({ kind: 'peer' as const, label: topic, hours: null, outcome: '' }));
  const interventions = input.interventions
    .filter((i) => i.status === 'completed' && i.outcome.trim() !== '')
    .sort((a, b) => b.start.getTime() - a.start.getTime())
    .map((i) => ({
      kind: 'intervention' as const,
      label: i.goal,
      hours: null,
      outcome: i.outcome,
    }));
  const whatHelped = [...interventions, ...tutoring, ...peer].slice(0, HANDOVER_MAX_ITEMS);

  const openInterventions = input.interventions
    .filter((i) => i.status === 'planned' || i.status === 'active')
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, HANDOVER_MAX_ITEMS)
    .map((i) => ({ type: i.type, goal: i.goal, start: i.start }));

  const latest = [...input.orientation].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0];
  const orientation = latest
    ? {
        schoolYear: latest.schoolYear,
        orientationHours: latest.orientationHours,
        recommendedTrack: latest.advice?.recommendedTrack ?? null,
        recommendedCourse: latest.advice?.recommendedCourse ?? '',
        familyTrack: latest.advice?.familyTrack ?? null,
        enrolledSchool: latest.advice?.enrolledSchool ?? '',
        enrolledTrack: latest.advice?.enrolledTrack ?? null,
        strengthSubjects: [...(latest.review?.strengthSubjects ?? [])],
        interests: latest.advice?.interests || latest.review?.interests || '',
      }
    : null;
  return {
    homeLanguages: [...input.pupil.homeLanguages],
    nai: input.nai,
    pdp: input.pupil.pdp,
    l2Levels,
    whatHelped,
    openInterventions,
    orientation,
  };
}

/** The best level among the handover's L2 levels, for a one-word summary. */
export function handoverStudyLevel(h: Pick<Handover, 'l2Levels'>): CefrLevel | null {
  const study = h.l2Levels.find((l) => l.domain === 'study');
  if (study) return study.level;
  const levels = h.l2Levels.map((l) => l.level).sort((a, b) => cefrRank(b) - cefrRank(a));
  return levels[0] ?? null;
}
