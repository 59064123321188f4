import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import type { Language } from '@domain';
import { formatDate } from '@/lib/format';
import { flagsWithDecisions, followUpsByDue, type PupilSheetData } from '../lib/sheet';
import { SheetSection, SheetTable } from './sheet-section';

type SheetRiskProps = { data: PupilSheetData; language: Language };

/** The level, its reason and each flag with the decision taken on it. */
export function SheetRisk({ data, language }: SheetRiskProps) {
  const { t } = useTranslation('pupilSheet');
  const { risk } = data;
  const date = (d: Date) => formatDate(d, language);
  return (
    <SheetSection id="sheet-risk" title={t('risk.title')}>
      {risk ? (
        <>
          <p className="mb-1">
            <strong>
              {t('risk.level')}: {t(`risk.levels.${risk.level}`)}
            </strong>
            {risk.reviewedLevel !== risk.level && (
              <>
                {' · '}
                {t('risk.reviewedLevel')}: {t(`risk.levels.${risk.reviewedLevel}`)}
              </>
            )}
          </p>
          <p className="mb-1">{risk.levelReason[language]}</p>
          {risk.flags.length === 0 ? (
            <p className="small">{t('risk.noFlags')}</p>
          ) : (
            <ul className="small mb-1">
              {flagsWithDecisions(risk).map(({ flag, review }) => (
                <li key={flag.code}>
                  <span>
                    [{t(`risk.flagLevel.${flag.level}`)}] {flag.sentence[language]}
                  </span>
                  <br />
                  <em>
                    {review
                      ? t('risk.decisionBy', {
                          decision: t(`risk.decision.${review.decision}`),
                          name: review.byName,
                          date: date(review.at),
                          reason: review.reason,
                        })
                      : t('risk.pending')}
                  </em>
                </li>
              ))}
            </ul>
          )}
          <p className="small text-muted mb-0">{t('risk.note')}</p>
        </>
      ) : (
        <p className="small">{t('risk.notComputed')}</p>
      )}
    </SheetSection>
  );
}

/** The interventions, oldest first. */
export function SheetInterventions({ data, language }: SheetRiskProps) {
  const { t } = useTranslation('pupilSheet');
  const date = (d: Date) => formatDate(d, language);
  return (
    <SheetSection id="sheet-interventions" title={t('interventions.title')}>
      {data.interventions.length === 0 ? (
        <p className="small">{t('interventions.empty')}</p>
      ) : (
        <SheetTable
          headers={(['type', 'goal', 'start', 'status'] as const).map((c) =>
            t(`interventions.${c}`),
          )}
        >
          {[...data.interventions]
            .sort((a, b) => a.start.getTime() - b.start.getTime())
            .map((intervention) => (
              <tr key={intervention.id}>
                <th scope="row">
                  {t(`interventions.types.${intervention.type}`)} (
                  {t('interventions.tier', { tier: intervention.tier })})
                </th>
                <td>{intervention.goal}</td>
                <td>{date(intervention.start)}</td>
                <td>{t(`interventions.statuses.${intervention.status}`)}</td>
              </tr>
            ))}
        </SheetTable>
      )}
    </SheetSection>
  );
}

/** Work to do, by due date; overdue ones said in words. */
export function SheetFollowUps({ data, language, today }: SheetRiskProps & { today: Date }) {
  const { t } = useTranslation('pupilSheet');
  const { risk } = data;
  const date = (d: Date) => formatDate(d, language);
  return (
    <SheetSection id="sheet-follow-ups" title={t('followUps.title')}>
      {risk && risk.followUps.length > 0 ? (
        <ul className="small mb-1">
          {followUpsByDue(risk).map((followUp) => (
            <li key={followUp.code}>
              {followUp.sentence[language]} — {t(`followUps.owners.${followUp.owner}`)},{' '}
              {t('followUps.due', { date: date(followUp.due) })}
              {followUp.due.getTime() < today.getTime() && ` (${t('followUps.overdue')})`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="small">{t('followUps.empty')}</p>
      )}
    </SheetSection>
  );
}
