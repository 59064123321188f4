import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import {
  REFERRAL_OUTCOMES,
  type ReferralActor,
  type ReferralOutcome,
  type ReferralStatus,
  nextStatuses,
} from '@domain';
import { useCallableErrorText } from '@/lib/callable-error';
import { updateReferralStatus } from '../api/referral-actions';

type StatusActionsProps = {
  referralId: string;
  status: ReferralStatus;
  actor: ReferralActor;
};

/**
 * The moves this side may make now (`nextStatuses`): choose one, give the reason (required to
 * reject or cancel) and, to complete, the family's outcome; the callable checks it all again.
 */
export function StatusActions({ referralId, status, actor }: StatusActionsProps) {
  const { t } = useTranslation('referrals');
  const errorText = useCallableErrorText();
  const moves = nextStatuses(status, actor).filter((s) => s !== 'requested');
  const [chosen, setChosen] = useState<ReferralStatus | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (moves.length === 0) return <p className="text-secondary">{t('actions.none')}</p>;

  const needsReason = chosen === 'rejected' || chosen === 'cancelled';
  const needsOutcome = chosen === 'completed';
  const offersOutcome = chosen === 'completed' || chosen === 'rejected';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    if (needsReason && !reason.trim()) {
      setMessage({ ok: false, text: t('actions.reasonRequired') });
      return;
    }
    if (needsOutcome && !outcome) {
      setMessage({ ok: false, text: t('actions.outcomeRequired') });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await updateReferralStatus({
        referralId,
        status: chosen,
        reason: reason.trim(),
        outcome: offersOutcome && outcome ? outcome : null,
      });
      setMessage({ ok: true, text: t('actions.done', { status: t(`status.${chosen}`) }) });
      setChosen(null);
      setReason('');
      setOutcome('');
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="referral-actions-title" className="mt-4">
      <h2 id="referral-actions-title" className="h4">
        {t('actions.title')}
      </h2>
      <div className="d-flex flex-wrap gap-2 mb-3">
        {moves.map((move) => (
          <button
            key={move}
            type="button"
            className={`btn ${chosen === move ? 'btn-primary' : 'btn-outline-primary'}`}
            aria-pressed={chosen === move}
            onClick={() => {
              setChosen(move);
              setMessage(null);
            }}
          >
            {t(`actions.${move}`)}
          </button>
        ))}
      </div>
      {chosen && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="form-group">
            <label htmlFor="referral-reason" className="active">
              {t('actions.reason')}
              {needsReason && <span aria-hidden="true"> *</span>}
            </label>
            <textarea
              id="referral-reason"
              className="form-control"
              rows={2}
              maxLength={500}
              value={reason}
              aria-required={needsReason || undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          {offersOutcome && (
            <div className="form-group">
              <label htmlFor="referral-outcome" className="active">
                {t('outcome.label')}
                {needsOutcome && <span aria-hidden="true"> *</span>}
              </label>
              <select
                id="referral-outcome"
                className="form-select"
                value={outcome}
                aria-required={needsOutcome || undefined}
                onChange={(e) => setOutcome(e.target.value as ReferralOutcome | '')}
              >
                <option value="">{t('outcome.none')}</option>
                {REFERRAL_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`outcome.${o}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('actions.confirm', { action: t(`actions.${chosen}`) })}
          </button>
        </form>
      )}
      {message && (
        <div
          className={`alert ${message.ok ? 'alert-success' : 'alert-danger'} mt-3`}
          role="status"
        >
          {message.text}
        </div>
      )}
    </section>
  );
}
