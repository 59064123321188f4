import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import type { FlagDecision, FlagReview, Language, RiskFlag } from '@domain';
import { formatDate } from '@/lib/format';
import { flagTitle } from '../lib/labels';
import { EvidenceList } from './evidence-list';
import { FlagReviewForm } from './flag-review-form';
import { LevelBadge } from './level-badge';

type FlagItemProps = {
  flag: RiskFlag;
  review: FlagReview | undefined;
  language: Language;
  /** Present only for the class coordinator and the referent. */
  onReview?: (decision: FlagDecision, reason: string) => Promise<unknown>;
};

/** One flag: what it says, the values behind it, who decided about it, and the decision form. */
export function FlagItem({ flag, review, language, onReview }: FlagItemProps) {
  const { t } = useTranslation('risk');
  const titleId = useId();
  const dismissed = review?.decision === 'dismissed';
  return (
    <li className="mb-3">
      <article
        aria-labelledby={titleId}
        className={`card shadow-sm p-3${dismissed ? ' risk-flag-dismissed' : ''}`}
      >
        <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <h4 id={titleId} className="h5 mb-0">
            {flagTitle(t, flag.code)}
          </h4>
          <LevelBadge level={flag.level} label="flagLevel" />
          <span className={`badge ${review ? 'bg-secondary' : 'bg-light text-dark border'}`}>
            {review ? t(`review.${review.decision}`) : t('review.pending')}
          </span>
        </div>
        <p className="mb-2" lang={language}>
          {flag.sentence[language]}
        </p>
        <EvidenceList evidence={flag.evidence} language={language} />
        {review && (
          <p className="small mb-0">
            <span className="fw-semibold">
              {t('review.by', {
                decision: t(`review.${review.decision}`),
                name: review.byName,
                date: formatDate(review.at, language),
              })}
            </span>
            {'. '}
            {t('review.reason', { reason: review.reason })}
          </p>
        )}
        {onReview && (
          <FlagReviewForm reviewed={review !== undefined} language={language} onReview={onReview} />
        )}
      </article>
    </li>
  );
}
