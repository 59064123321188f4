import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/records/locales';
import { formatDate } from '@/lib/format';
import type { FollowUp, OpenIntervention } from '../lib/summaries';

type OpenItemsProps = {
  interventions: OpenIntervention[];
  followUps: FollowUp[];
};

/** What needs doing next for the pupil: open interventions and the family's follow-ups. */
export function OpenItems({ interventions, followUps }: OpenItemsProps) {
  const { t } = useTranslation('records');
  const language = useLanguage();
  const date = (d: Date) => formatDate(d, language);

  return (
    <div className="row">
      <div className="col-12 col-lg-6">
        <h3 className="h5">{t('open.interventions')}</h3>
        {interventions.length === 0 ? (
          <p>{t('open.noInterventions')}</p>
        ) : (
          <ul>
            {interventions.map(({ entry, nextCheck, plannedEnd }) => (
              <li key={entry.id}>
                <span className="fw-semibold">{t(`options.type.${entry.data.type}`)}</span> (
                {t(`options.status.${entry.data.status}`).toLowerCase()}): {entry.data.goal}
                <br />
                <span className="small">
                  {nextCheck
                    ? t('open.nextCheck', { date: date(nextCheck) })
                    : t('open.noNextCheck', { date: date(plannedEnd) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="col-12 col-lg-6">
        <h3 className="h5">{t('open.followUps')}</h3>
        {followUps.length === 0 ? (
          <p>{t('open.noFollowUps')}</p>
        ) : (
          <ul>
            {followUps.map(({ entry, due, overdue }) => (
              <li key={entry.id}>
                {entry.data.followUp || t('kinds.familyMeetings')}
                <br />
                <span className={`small${overdue ? ' text-danger fw-semibold' : ''}`}>
                  {overdue
                    ? t('open.overdue', { date: date(due) })
                    : t('open.due', { date: date(due) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
