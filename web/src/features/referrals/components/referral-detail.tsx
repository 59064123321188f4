import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import {
  type Referral,
  type ReferralShared,
  SHARED_FIELDS,
  consentActive,
  isOverdue,
  referralActor,
} from '@domain';
import type { Outcome } from '@/components/ui/failure-alert';
import { Loading } from '@/components/ui/loading';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { useReferral, useReferralShared } from '../api/get-referrals';
import { withdrawReferralConsent } from '../api/referral-actions';
import { categoryLabel, formatDay } from '../lib/format';
import { ActionSection } from './action-section';
import { SendBackForm } from './send-back-form';
import { StatusActions } from './status-actions';
import { OverdueBadge, StatusBadge } from './status-badge';

type ReferralDetailProps = {
  referralId: string;
  /** The reader's side: the school, or the addressed organisation's operator. */
  side: 'school' | 'organization';
  /** A link back (the list, or the pupil page), built by the route. */
  back: ReactNode;
  /** Whether the reader may change it (class teachers read it only; the callables check too). */
  canAct: boolean;
};

/** One referral: what was asked, the consent, only the shared fields, the history, the moves. */
export function ReferralDetail({ referralId, side, back, canAct }: ReferralDetailProps) {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const query = useReferral(referralId);

  if (query.status === 'pending') return <Loading label={tApp('common.loading')} />;
  if (query.status === 'error' || !query.data) {
    return (
      <>
        <h1>{t('detail.title')}</h1>
        <div className="alert alert-warning" role="alert">
          {t('detail.notFound')}
        </div>
        {back}
      </>
    );
  }
  const referral = query.data;
  const actor = referralActor(referral, side);
  const consent = referral.consent;
  return (
    <>
      {back}
      <h1>
        {t('detail.title')}: {referral.serviceName}
      </h1>
      <p className="d-flex gap-2 align-items-center" data-testid="referral-status">
        <StatusBadge status={referral.status} />
        {isOverdue(referral, new Date()) && <OverdueBadge />}
        <span>{t(`origin.${referral.origin}`)}</span>
      </p>
      <dl className="row">
        <dt className="col-sm-3">{t('col.school')}</dt>
        <dd className="col-sm-9">{referral.schoolName}</dd>
        <dt className="col-sm-3">{t('col.service')}</dt>
        <dd className="col-sm-9">
          {referral.serviceName} ({categoryLabel(referral.category, language)})
        </dd>
        <dt className="col-sm-3">{t('urgency.label')}</dt>
        <dd className="col-sm-9">{t(`urgency.${referral.urgency}`)}</dd>
        <dt className="col-sm-3">{t('detail.reason')}</dt>
        <dd className="col-sm-9" style={{ whiteSpace: 'pre-wrap' }}>
          {referral.reason}
        </dd>
        <dt className="col-sm-3">{t('detail.request')}</dt>
        <dd className="col-sm-9" style={{ whiteSpace: 'pre-wrap' }}>
          {referral.request}
        </dd>
        <dt className="col-sm-3">{t('col.dueDate')}</dt>
        <dd className="col-sm-9">{formatDay(referral.dueDate)}</dd>
        <dt className="col-sm-3">{t('outcome.label')}</dt>
        <dd className="col-sm-9" data-testid="referral-outcome">
          {referral.outcome ? t(`outcome.${referral.outcome}`) : t('outcome.none')}
        </dd>
        <dt className="col-sm-3">{t('consent.title')}</dt>
        <dd className="col-sm-9">
          {t('consent.summary', {
            who: t(`consent.${consent.givenBy}`),
            name: consent.givenByName,
            date: formatDay(consent.at),
            language: consent.language,
          })}
          ,{' '}
          {consent.mediatorPresent
            ? t('consent.withMediator', { name: consent.mediatorName })
            : t('consent.withoutMediator')}
          {consent.withdrawnAt && (
            <strong className="d-block text-danger">
              {t('consent.withdrawnOn', { date: formatDay(consent.withdrawnAt) })}
            </strong>
          )}
        </dd>
      </dl>
      {referral.familyMeetingId && <p>{t('detail.familyMeeting')}</p>}
      {referral.parentReferralId && <p>{t('detail.referredBack')}</p>}
      {referral.origin === 'school' && <SharedData referralId={referralId} referral={referral} />}
      <History referral={referral} />
      {canAct && <StatusActions referralId={referralId} status={referral.status} actor={actor} />}
      {canAct && actor === 'sender' && consentActive(referral) && (
        <WithdrawConsent referralId={referralId} />
      )}
      {canAct && side === 'organization' && referral.origin === 'school' && (
        <SendBackForm referralId={referralId} />
      )}
    </>
  );
}

function sharedValue(
  field: (typeof SHARED_FIELDS)[number],
  shared: ReferralShared,
  t: ReturnType<typeof useTranslation<'referrals'>>['t'],
): string {
  const na = t('shared.notAvailable');
  switch (field) {
    case 'homeLanguages':
      return shared.homeLanguages?.join(', ') || na;
    case 'attendance':
      return shared.attendance
        ? t('shared.attendanceValue', {
            absence: shared.attendance.absenceHours,
            lessons: shared.attendance.lessonHours,
            schoolYear: shared.attendance.schoolYear,
            term: shared.attendance.term,
          })
        : na;
    case 'needLevel':
      return shared.needLevel
        ? [shared.needLevel.level, ...shared.needLevel.flagCodes].join(' · ')
        : na;
    default: {
      const value = shared[field];
      return value === null || value === undefined ? na : String(value);
    }
  }
}

/** Only the fields the school ticked; nothing once the family withdrew consent. */
function SharedData({ referralId, referral }: { referralId: string; referral: Referral }) {
  const { t } = useTranslation('referrals');
  const active = consentActive(referral);
  const readable = active && referral.sharedFields.length > 0;
  const shared = useReferralShared(referralId, readable);
  let body: ReactNode;
  if (!active) body = <p className="text-danger">{t('shared.withdrawn')}</p>;
  else if (!readable) body = <p>{t('shared.none')}</p>;
  else if (shared.status === 'pending') body = <Loading label={t('shared.title')} />;
  else if (shared.status === 'error' || !shared.data) body = <p>{t('shared.withdrawn')}</p>;
  else {
    const data = shared.data;
    body = (
      <dl className="row" data-testid="referral-shared">
        {SHARED_FIELDS.filter((f) => referral.sharedFields.includes(f)).map((f) => (
          <Fragment key={f}>
            <dt className="col-sm-3">{t(`shared.${f}`)}</dt>
            <dd className="col-sm-9">{sharedValue(f, data, t)}</dd>
          </Fragment>
        ))}
      </dl>
    );
  }
  return (
    <section aria-labelledby="referral-shared-title" className="mt-4">
      <h2 id="referral-shared-title" className="h4">
        {t('shared.title')}
      </h2>
      {body}
    </section>
  );
}

function History({ referral }: { referral: Referral }) {
  const { t } = useTranslation('referrals');
  return (
    <section aria-labelledby="referral-history-title" className="mt-4">
      <h2 id="referral-history-title" className="h4">
        {t('detail.history')}
      </h2>
      <ol data-testid="referral-history">
        {referral.history.map((h, i) => (
          <li key={`${h.status}-${i}`}>
            {t('detail.historyEntry', {
              status: t(`status.${h.status}`),
              name: h.byName,
              date: formatDay(h.at),
            })}
            {h.reason && <>: «{h.reason}»</>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function WithdrawConsent({ referralId }: { referralId: string }) {
  const { t } = useTranslation('referrals');
  const errorText = useCallableErrorText();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Outcome | null>(null);
  const withdraw = async () => {
    try {
      await withdrawReferralConsent(referralId);
      setMessage({ ok: true, text: t('consent.withdrawDone') });
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setConfirming(false);
    }
  };
  return (
    <ActionSection outcome={message}>
      {confirming ? (
        <div className="alert alert-warning">
          <p>{t('consent.withdrawConfirm')}</p>
          <button type="button" className="btn btn-danger me-2" onClick={() => void withdraw()}>
            {t('consent.withdraw')}
          </button>
          <button
            type="button"
            className="btn btn-outline-secondary"
            onClick={() => setConfirming(false)}
          >
            {t('consent.keep')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="btn btn-outline-danger"
          onClick={() => setConfirming(true)}
        >
          {t('consent.withdraw')}
        </button>
      )}
    </ActionSection>
  );
}
