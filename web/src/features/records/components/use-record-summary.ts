import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import { L2_SKILLS, cefrLabel, l2OverallLevel, type L2Skill } from '@domain';
import { formatDate, languageName } from '@/lib/format';
import { markLabel } from '../lib/marks';
import { absencePct, marksBelowPass } from '../lib/summaries';
import type { PartnerOption, RecordEntry } from '../lib/types';

/** A record told in one line, plus details; used by the timeline and the delete dialog. */
export type RecordSummary = { title: string; lines: string[] };

export function useRecordSummary(partners: PartnerOption[]): (entry: RecordEntry) => RecordSummary {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const date = (d: Date) => formatDate(d, language);
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'it-IT', {
    maximumFractionDigits: 1,
  });

  return (entry) => {
    switch (entry.kind) {
      case 'l2Assessments': {
        const { levels } = entry.data;
        const labels = Object.fromEntries(
          L2_SKILLS.map((s) => [s, cefrLabel(levels[s])]),
        ) as Record<L2Skill, string>;
        return {
          title: t('summary.l2', {
            tool: t(`options.tool.${entry.data.tool}`),
            domain: t(`options.domain.${entry.data.domain}`),
            lowest: cefrLabel(l2OverallLevel({ levels })),
          }),
          lines: [
            t('summary.l2Levels', labels),
            t('summary.assessor', { name: entry.data.assessorName }),
            entry.data.notes,
          ],
        };
      }
      case 'tutoringSessions':
        return {
          title: entry.data.attended
            ? t('summary.tutoring', {
                subject: entry.data.subject,
                minutes: entry.data.minutes,
                format: t(`options.format.${entry.data.format}`).toLowerCase(),
              })
            : t('summary.tutoringAbsent', {
                subject: entry.data.subject,
                reason: entry.data.absenceReason,
              }),
          lines: [entry.data.notes],
        };
      case 'peerSessions': {
        const params = {
          role: t(`options.peerRole.${entry.data.role}`),
          partner:
            partners.find((p) => p.id === entry.data.partnerPupilId)?.name ??
            t('summary.unknownPartner'),
          topic: entry.data.topic,
        };
        return {
          title: entry.data.attended ? t('summary.peer', params) : t('summary.peerAbsent', params),
          lines: [entry.data.notes],
        };
      }
      case 'familyMeetings': {
        const m = entry.data;
        const params = {
          language: languageName(m.language, language),
          participants: m.participants
            .map((p) => t(`options.participant.${p}`).toLowerCase())
            .join(', '),
          outcome: m.outcome
            ? t(`options.outcome.${m.outcome}`).toLowerCase()
            : t('options.noOutcome').toLowerCase(),
        };
        const yesNo = (v: boolean) => (v ? t('fields.attended') : t('fields.absent'));
        return {
          title: m.held ? t('summary.familyHeld', params) : t('summary.familyMissed', params),
          lines: [
            m.mediatorNeeded || m.mediatorPresent
              ? t('summary.mediator', {
                  needed: m.mediatorNeeded ? '✓' : '✗',
                  present: yesNo(m.mediatorPresent).toLowerCase(),
                })
              : '',
            m.followUp
              ? m.followUpDue
                ? t('summary.followUp', { text: m.followUp, due: date(m.followUpDue) })
                : t('summary.followUpNoDue', { text: m.followUp })
              : '',
            m.notes,
          ],
        };
      }
      case 'termRecords': {
        const r = entry.data;
        const pct = absencePct(r);
        const marks = Object.entries(r.marks)
          .map(([subject, mark]) => {
            const name = t(`options.subject.${subject}` as 'options.subject.italiano', {
              defaultValue: subject,
            });
            return `${name} ${markLabel(mark)}`;
          })
          .join(', ');
        return {
          title: t('summary.term', {
            schoolYear: r.schoolYear,
            term: t(`options.term.${String(r.term) as '1' | '2' | '3'}`),
            absence: number.format(r.absenceHours),
            lessons: number.format(r.lessonHours),
            pct: pct === null ? '—' : `${number.format(pct)}%`,
          }),
          lines: [
            marks ? t('summary.termMarks', { marks }) : '',
            Object.keys(r.marks).length > 0
              ? t('summary.belowPass', { count: marksBelowPass(r) })
              : '',
            r.conduct ? t('summary.conduct', { mark: markLabel(r.conduct) }) : '',
          ],
        };
      }
      case 'interventions': {
        const i = entry.data;
        return {
          title: t('summary.intervention', {
            type: t(`options.type.${i.type}`),
            tier: i.tier,
            status: t(`options.status.${i.status}`).toLowerCase(),
            goal: i.goal,
          }),
          lines: [
            t('summary.interventionPlan', {
              start: date(i.start),
              weeks: i.plannedWeeks,
              every: i.checkEveryWeeks,
            }),
            i.outcome,
          ],
        };
      }
    }
  };
}
