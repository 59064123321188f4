import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import type { FlagDecision, FlagReview, Language, RiskFlag, StoredRisk } from '@domain';
import { Loading } from '@/components/ui/loading';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import { isAccessDenied } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import type { LiveQueryResult } from '@/lib/live-query';
import type { RiskHistoryEntryWithId } from '../api/get-risk-history';
import { groupFlags } from '../lib/follow-ups';
import { protectiveTitle } from '../lib/labels';
import { FlagItem } from './flag-item';
import { FollowUpsSection } from './follow-up-list';
import { LevelBadge } from './level-badge';
import { RiskTrend } from './risk-trend';

export type RiskPanelViewProps = {
  risk: LiveQueryResult<StoredRisk | null>;
  history: LiveQueryResult<RiskHistoryEntryWithId[]>;
  language: Language;
  /** Present only when the viewer may confirm or dismiss flags. */
  onReview?: (code: string, decision: FlagDecision, reason: string) => Promise<unknown>;
  /** The day follow-ups are measured against; today unless a test fixes it. */
  today?: Date;
};

/** Presentational: the pupil's flags, protective signals, reviews and level over time. */
export function RiskPanelView(props: RiskPanelViewProps) {
  const { t } = useTranslation('risk');
  const headingId = useId();
  // Fixed for the page's lifetime so a follow-up does not turn overdue between renders.
  const [now] = useState(() => props.today ?? new Date());

  return (
    <section aria-labelledby={headingId} className="my-4">
      <h2 id={headingId}>{t('panel.title')}</h2>
      <p className="small">{t('panel.advice')}</p>
      <RiskPanelBody {...props} today={now} />
    </section>
  );
}

function RiskPanelBody({
  risk,
  history,
  language,
  onReview,
  today,
}: RiskPanelViewProps & { today: Date }) {
  const { t } = useTranslation('risk');
  const { t: tCommon } = useTranslation();

  if (risk.status === 'pending') return <Loading label={t('panel.loading')} />;
  if (risk.status === 'error') {
    const message = isAccessDenied(risk.error)
      ? t('panel.accessDenied')
      : risk.error instanceof InvalidDocumentError
        ? t('panel.invalidData')
        : t('panel.error');
    return (
      <>
        <div className="alert alert-danger" role="alert">
          {message}
        </div>
        {!isAccessDenied(risk.error) && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={risk.retry}>
            {tCommon('common.retry')}
          </button>
        )}
      </>
    );
  }
  if (risk.data === null) return <p>{t('panel.notComputed')}</p>;

  const {
    level,
    levelReason,
    reviewedLevel,
    flags,
    followUps,
    protective,
    reviews,
    computedAt,
    engineVersion,
  } = risk.data;
  const { levelFlags, watchFlags } = groupFlags(flags, level);
  const flagList = (list: RiskFlag[]) => (
    <FlagList flags={list} reviews={reviews} language={language} onReview={onReview} />
  );
  return (
    <>
      <div className="d-flex flex-wrap align-items-center gap-3 mb-1">
        <p className="mb-0">
          <span className="me-2">{t('panel.level')}:</span>
          <LevelBadge level={level} />
        </p>
        {reviewedLevel !== level && (
          <p className="mb-0">
            <span className="me-2">{t('panel.reviewedLevel')}:</span>
            <LevelBadge level={reviewedLevel} />
          </p>
        )}
      </div>
      <p className="mb-1" lang={language}>
        {levelReason[language]}
      </p>
      <p className="small text-secondary">
        {t('panel.computedAt', {
          date: formatDate(computedAt, language),
          version: engineVersion,
        })}
      </p>

      <div className="row">
        <div className="col-lg-8">
          <h3 className="h5">{t('panel.flagsTitle')}</h3>
          {levelFlags.length === 0 ? <p>{t('panel.noLevelFlags')}</p> : flagList(levelFlags)}
          {watchFlags.length > 0 && (
            <>
              <h3 className="h5">{t('panel.watchTitle')}</h3>
              <p className="small">{t('panel.watchHint')}</p>
              {flagList(watchFlags)}
            </>
          )}
          <FollowUpsSection followUps={followUps} language={language} today={today} />
        </div>
        <div className="col-lg-4">
          <h3 className="h5">{t('panel.protectiveTitle')}</h3>
          {protective.length === 0 ? (
            <p>{t('panel.noProtective')}</p>
          ) : (
            <ul>
              {protective.map((signal) => (
                <li key={signal.code} className="mb-2">
                  <span className="fw-semibold">{protectiveTitle(t, signal.code)}</span>
                  <br />
                  <span lang={language}>{signal.sentence[language]}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {history.status === 'success' && (
        <RiskTrend entries={history.data} current={{ level, at: computedAt }} language={language} />
      )}
      {history.status === 'error' && (
        <p className="small" role="status">
          {t('panel.error')}
        </p>
      )}
    </>
  );
}

type FlagListProps = {
  flags: RiskFlag[];
  reviews: Record<string, FlagReview>;
  language: Language;
  onReview: RiskPanelViewProps['onReview'];
};

function FlagList({ flags, reviews, language, onReview }: FlagListProps) {
  return (
    <ul className="list-unstyled">
      {flags.map((flag) => (
        <FlagItem
          key={flag.code}
          flag={flag}
          review={reviews[flag.code]}
          language={language}
          onReview={onReview && ((decision, reason) => onReview(flag.code, decision, reason))}
        />
      ))}
    </ul>
  );
}
