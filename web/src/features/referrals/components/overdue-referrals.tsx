import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Link } from 'react-router';
import { isOverdue } from '@domain';
import { usePupilNames } from '../api/get-pupil-names';
import { useWaitingReferrals } from '../api/get-referrals';
import { daysLate, formatDay } from '../lib/format';

type OverdueReferralsProps = {
  schoolId: string;
  /** The sender's own (to-do), or the whole school's (head's dashboard). */
  scope: 'school' | { uid: string };
  /** Heading level: a section of a page with an h1. */
  headingLevel?: 2 | 3;
};

/**
 * Referrals the service has not answered by their deadline, oldest deadline first, each
 * linking to the referral on its pupil's page. Nothing is shown while there are none to do
 * except a short line, so the to-do stays quiet.
 */
export function OverdueReferrals({ schoolId, scope, headingLevel = 2 }: OverdueReferralsProps) {
  const { t } = useTranslation('referrals');
  const list = useWaitingReferrals(schoolId, scope);
  const now = new Date();
  const overdue = (list.data?.items ?? [])
    .filter((r) => isOverdue(r, now))
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
  const names = usePupilNames(
    schoolId,
    overdue.map((r) => r.pupilId),
  ).data;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby="overdue-referrals-title"
      className="my-4"
      data-testid="overdue-referrals"
    >
      <Heading id="overdue-referrals-title" className="h4">
        {t('todo.title')}
      </Heading>
      {list.status === 'success' && overdue.length === 0 && <p>{t('todo.empty')}</p>}
      {overdue.length > 0 && (
        <>
          <p>{t('todo.intro')}</p>
          <ul className="list-unstyled">
            {overdue.map((r) => (
              <li key={r.id} className="mb-2">
                {names?.get(r.pupilId) && <strong>{names.get(r.pupilId)}: </strong>}
                <Link
                  to={`/alunni/${encodeURIComponent(r.pupilId)}/invii/${encodeURIComponent(r.id)}`}
                >
                  {r.serviceName}
                </Link>{' '}
                – {t('col.dueDate')} {formatDay(r.dueDate)}{' '}
                <span className="badge bg-danger">
                  {t('todo.daysLate', { count: daysLate(r.dueDate, now) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
