import { CountSlot } from '@/components/ui/count-slot';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/risk/locales';
import { useDecideQueueItem, useReviewQueue } from '../api/get-review-queue';
import { mayReviewFlags, reviewQueueScope, type RiskViewer } from '../lib/permissions';
import { ReviewQueueView, type ReviewQueueViewProps } from './review-queue-view';

type ReviewQueueProps = { schoolId: string; viewer: RiskViewer };

/** "Da rivedere": the coordinator's classes, or the whole school for referent and head. */
export function ReviewQueue({ schoolId, viewer }: ReviewQueueProps) {
  const { t } = useTranslation('risk');
  const scope = reviewQueueScope(viewer);
  if (!scope) return <div className="alert alert-info">{t('queue.notForRole')}</div>;
  return <LiveReviewQueue schoolId={schoolId} viewer={viewer} scope={scope} />;
}

function LiveReviewQueue({
  schoolId,
  viewer,
  scope,
}: ReviewQueueProps & { scope: NonNullable<ReturnType<typeof reviewQueueScope>> }) {
  const language = useLanguage();
  const queue = useReviewQueue(schoolId, scope);
  const decide = useDecideQueueItem(schoolId, scope);
  const state: ReviewQueueViewProps['queue'] = queue.isPending
    ? { status: 'pending' }
    : queue.isError
      ? { status: 'error', retry: () => void queue.refetch() }
      : { status: 'success', data: queue.data };
  // The callable lets the head, the referent and the class coordinator decide.
  const canDecide = mayReviewFlags(viewer.role);
  return (
    <ReviewQueueView
      queue={state}
      language={language}
      onDecide={
        canDecide
          ? (item, decision, reason) =>
              decide.mutateAsync({
                key: item.key,
                pupilId: item.pupilId,
                code: item.flag.code,
                decision,
                reason,
              })
          : undefined
      }
    />
  );
}

type ReviewQueueCountProps = { schoolId: string; viewer: RiskViewer; label: string };

/**
 * The menu's "Da rivedere" with the number of flags waiting: the same query key as the page,
 * so a decision there updates the menu too.
 */
export function ReviewQueueNavLabel({ schoolId, viewer, label }: ReviewQueueCountProps) {
  const { t } = useTranslation('risk');
  const scope = reviewQueueScope(viewer);
  const queue = useReviewQueue(schoolId, scope ?? { kind: 'school' }, scope !== null);
  const count = queue.data?.items.length ?? 0;
  // The count's room is kept whether or not there is one (CountSlot): the menu never re-wraps.
  if (count === 0) {
    return (
      <>
        {label}
        <CountSlot />
      </>
    );
  }
  return (
    <>
      <span aria-hidden="true">
        {label}
        <CountSlot>
          <span className="badge bg-white text-primary">{count}</span>
        </CountSlot>
      </span>
      <span className="visually-hidden">{t('queue.navCount', { count })}</span>
    </>
  );
}
