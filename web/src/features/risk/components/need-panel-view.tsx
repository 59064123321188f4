import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import type { Language, PupilNeed } from '@domain';
import { Loading } from '@/components/ui/loading';
import { isAccessDenied } from '@/lib/errors';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import type { LiveQueryResult } from '@/lib/live-query';
import { flagTitle } from '../lib/labels';
import { FollowUpsSection } from './follow-up-list';
import { LevelBadge } from './level-badge';

export type NeedPanelViewProps = {
  need: LiveQueryResult<PupilNeed | null>;
  language: Language;
  /** The day follow-ups are measured against; today unless a test fixes it. */
  today?: Date;
};

/**
 * Presentational: the pupil's need level as educators see it: the reviewed level, what the
 * flags are about (their names only) and the follow-ups of the assigned staff. No evidence.
 */
export function NeedPanelView({ need, language, today }: NeedPanelViewProps) {
  const { t } = useTranslation('risk');
  const { t: tCommon } = useTranslation();
  const headingId = useId();
  const [now] = useState(() => today ?? new Date());

  const body = () => {
    if (need.status === 'pending') return <Loading label={t('panel.loading')} />;
    if (need.status === 'error') {
      const denied = isAccessDenied(need.error);
      return (
        <>
          <div className="alert alert-danger" role="alert">
            {denied
              ? t('panel.accessDenied')
              : need.error instanceof InvalidDocumentError
                ? t('panel.invalidData')
                : t('panel.error')}
          </div>
          {!denied && (
            <button type="button" className="btn btn-outline-primary btn-sm" onClick={need.retry}>
              {tCommon('common.retry')}
            </button>
          )}
        </>
      );
    }
    if (need.data === null) return <p>{t('panel.notComputed')}</p>;
    const { level, flagCodes, followUps } = need.data;
    return (
      <>
        <p className="mb-1">
          <span className="me-2">{t('panel.reviewedLevel')}:</span>
          <LevelBadge level={level} />
        </p>
        <h3 className="h5">{t('panel.flagsTitle')}</h3>
        {flagCodes.length === 0 ? (
          <p>{t('panel.noLevelFlags')}</p>
        ) : (
          <ul>
            {flagCodes.map((code) => (
              <li key={code}>{flagTitle(t, code)}</li>
            ))}
          </ul>
        )}
        <FollowUpsSection followUps={followUps} language={language} today={now} />
      </>
    );
  };

  return (
    <section aria-labelledby={headingId} className="my-4">
      <h2 id={headingId}>{t('panel.title')}</h2>
      <p className="small">{t('panel.advice')}</p>
      {body()}
    </section>
  );
}
