import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { Link } from 'react-router';
import type { FlagDecision, Language } from '@domain';
import { Loading } from '@/components/ui/loading';
import type { ReviewQueue, ReviewQueueItem } from '../api/get-review-queue';
import { flagTitle } from '../lib/labels';
import { FlagReviewForm } from './flag-review-form';
import { LevelBadge } from './level-badge';

export type ReviewQueueViewProps = {
  queue:
    | { status: 'pending' }
    | { status: 'error'; retry: () => void }
    | { status: 'success'; data: ReviewQueue };
  language: Language;
  /** Present only when the viewer may decide (not for the head). */
  onDecide?: (item: ReviewQueueItem, decision: FlagDecision, reason: string) => Promise<unknown>;
};

/** Presentational: the flags waiting for a decision, highest score first, decided in place. */
export function ReviewQueueView({ queue, language, onDecide }: ReviewQueueViewProps) {
  const { t } = useTranslation('risk');
  const { t: tCommon } = useTranslation();
  if (queue.status === 'pending') return <Loading label={t('queue.loading')} />;
  if (queue.status === 'error') {
    return (
      <div className="alert alert-danger" role="alert">
        <p>{t('queue.error')}</p>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={queue.retry}>
          {tCommon('common.retry')}
        </button>
      </div>
    );
  }
  const { items, unreadable } = queue.data;
  return (
    <>
      {unreadable > 0 && (
        <div className="alert alert-warning">{t('queue.unreadable', { count: unreadable })}</div>
      )}
      <p className="fw-semibold" role="status">
        {items.length === 0 ? t('queue.empty') : t('queue.count', { count: items.length })}
      </p>
      {!onDecide && items.length > 0 && <p className="small">{t('queue.readOnly')}</p>}
      <ol className="list-unstyled">
        {items.map((item) => (
          <QueueItem
            key={item.key}
            item={item}
            language={language}
            onDecide={onDecide && ((decision, reason) => onDecide(item, decision, reason))}
          />
        ))}
      </ol>
    </>
  );
}

type QueueItemProps = {
  item: ReviewQueueItem;
  language: Language;
  onDecide?: (decision: FlagDecision, reason: string) => Promise<unknown>;
};

function QueueItem({ item, language, onDecide }: QueueItemProps) {
  const { t } = useTranslation('risk');
  const titleId = useId();
  const pupilName = item.pupilName ?? t('queue.unknownPupil');
  return (
    <li className="mb-3">
      <article aria-labelledby={titleId} className="card shadow-sm p-3">
        <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
          <h2 id={titleId} className="h5 mb-0">
            <Link to={`/alunni/${item.pupilId}`}>{pupilName}</Link>
            {item.className && <span className="text-secondary"> ({item.className})</span>}
            {' – '}
            {flagTitle(t, item.flag.code)}
          </h2>
          <LevelBadge level={item.flag.level} label="flagLevel" />
        </div>
        <p className="mb-1" lang={language}>
          {item.flag.sentence[language]}
        </p>
        <p className="small text-secondary mb-0">
          {t('queue.pupilLevel')}: {t(`levels.${item.reviewedLevel}`)} ·{' '}
          {t('queue.score', { score: item.score })}
        </p>
        {onDecide && <FlagReviewForm reviewed={false} language={language} onReview={onDecide} />}
      </article>
    </li>
  );
}
