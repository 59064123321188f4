import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { Link } from 'react-router';
import type { Language, NeedFollowUp } from '@domain';
import { formatDate } from '@/lib/format';
import { isOverdue } from '../lib/follow-ups';

export type FollowUpRow = {
  key: string;
  followUp: NeedFollowUp;
  /** On the to-do page: the pupil the work is for. */
  pupil?: { id: string; name: string | null; className: string | null };
};

type FollowUpListProps = {
  rows: readonly FollowUpRow[];
  language: Language;
  /** The day overdue is measured against (today in the app, fixed in tests). */
  today: Date;
};

/** Work to do: what, who owns it, by when; overdue in red with an icon and in words. */
export function FollowUpList({ rows, language, today }: FollowUpListProps) {
  const { t } = useTranslation('risk');
  return (
    <ul className="list-unstyled">
      {rows.map(({ key, followUp, pupil }) => {
        const overdue = isOverdue(followUp.due, today);
        const date = formatDate(followUp.due, language);
        return (
          <li key={key} className="card shadow-sm p-3 mb-2">
            {pupil && (
              <p className="mb-1 fw-semibold">
                <Link to={`/alunni/${pupil.id}`}>{pupil.name ?? t('queue.unknownPupil')}</Link>
                {pupil.className && <span className="ms-2 text-secondary">{pupil.className}</span>}
              </p>
            )}
            <p className="mb-1">
              <span className="fw-semibold">{t(`followUps.codes.${followUp.code}`)}</span>
              {': '}
              <span lang={language}>{followUp.sentence[language]}</span>
            </p>
            <p className="small mb-0 d-flex flex-wrap gap-3">
              <span>
                {t('followUps.owner', { owner: t(`followUps.owners.${followUp.owner}`) })}
              </span>
              {overdue ? (
                <span className="text-danger fw-semibold d-inline-flex align-items-center gap-1">
                  <svg
                    width="16"
                    height="16"
                    viewBox="0 0 24 24"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <path
                      fill="currentColor"
                      d="M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z"
                    />
                  </svg>
                  {t('followUps.overdue', { date })}
                </span>
              ) : (
                <span>{t('followUps.due', { date })}</span>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** The pupil panel's follow-ups: a heading, what they are, and the list (or that there are none). */
export function FollowUpsSection({
  followUps,
  language,
  today,
}: {
  followUps: readonly NeedFollowUp[];
  language: Language;
  today: Date;
}) {
  const { t } = useTranslation('risk');
  return (
    <>
      <h3 className="h5">{t('panel.followUpsTitle')}</h3>
      <p className="small">{t('panel.followUpsHint')}</p>
      {followUps.length === 0 ? (
        <p>{t('panel.noFollowUps')}</p>
      ) : (
        <FollowUpList
          rows={followUps.map((followUp) => ({ key: followUp.code, followUp }))}
          language={language}
          today={today}
        />
      )}
    </>
  );
}
