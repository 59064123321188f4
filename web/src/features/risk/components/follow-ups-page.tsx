import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/lib/i18n';
import '@/features/risk/locales';
import { Loading } from '@/components/ui/loading';
import { useFollowUps } from '../api/get-follow-ups';
import { followUpsFromNeed, ownsFollowUps, type RiskViewer } from '../lib/permissions';
import { FollowUpList } from './follow-up-list';

type FollowUpsPageProps = { schoolId: string; viewer: RiskViewer; today?: Date };

/** "Da fare": the follow-ups the signed-in person owns, overdue first. */
export function FollowUps({ schoolId, viewer, today }: FollowUpsPageProps) {
  const { t } = useTranslation('risk');
  if (!ownsFollowUps(viewer.role)) {
    return <div className="alert alert-info">{t('todo.notForRole')}</div>;
  }
  return <LiveFollowUps schoolId={schoolId} viewer={viewer} today={today} />;
}

function LiveFollowUps({ schoolId, viewer, today }: FollowUpsPageProps) {
  const { t } = useTranslation('risk');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const [now] = useState(() => today ?? new Date());
  const query = useFollowUps(
    schoolId,
    viewer.uid,
    followUpsFromNeed(viewer.role) ? 'need' : 'risk',
  );
  if (query.isPending) return <Loading label={t('todo.loading')} />;
  if (query.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        <p>{t('todo.error')}</p>
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => void query.refetch()}
        >
          {tCommon('common.retry')}
        </button>
      </div>
    );
  }
  const { items, unreadable } = query.data;
  return (
    <>
      {unreadable > 0 && (
        <div className="alert alert-warning">{t('queue.unreadable', { count: unreadable })}</div>
      )}
      <p className="fw-semibold">
        {items.length === 0 ? t('todo.empty') : t('todo.count', { count: items.length })}
      </p>
      <FollowUpList
        rows={items.map((item) => ({
          key: item.key,
          followUp: item.followUp,
          pupil: { id: item.pupilId, name: item.pupilName, className: item.className },
        }))}
        language={language}
        today={now}
      />
    </>
  );
}
