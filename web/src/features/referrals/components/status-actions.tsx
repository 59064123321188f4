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
import type { Outcome } from '@/components/ui/failure-alert';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { useCallableErrorText } from '@/lib/callable-error';
import { updateReferralStatus } from '../api/referral-actions';
import { ActionSection } from './action-section';

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
  const [message, setMessage] = useState<Outcome | null>(null);

  if (moves.length === 0) return <p className="text-secondary">{t('actions.none')}</p>;

  const needsReason = chosen === 'rejected' || chosen === 'cancelled';
  const needsOutcome = chosen === 'completed';
  const offersOutcome = chosen === 'completed' || chosen === 'rejected';
  const reasonField = { id: 'referral-reason', label: t('actions.reason'), required: needsReason };
  const outcomeField = {
    id: 'referral-outcome',
    label: t('outcome.label'),
    required: needsOutcome,
  };

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
    <ActionSection title={t('actions.title')} titleId="referral-actions-title" outcome={message}>
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
          <FieldFrame {...reasonField}>
            <textarea
              id={reasonField.id}
              className="form-control"
              rows={2}
              maxLength={500}
              value={reason}
              {...ariaState(reasonField)}
              onChange={(e) => setReason(e.target.value)}
            />
          </FieldFrame>
          {offersOutcome && (
            <SelectField
              {...outcomeField}
              placeholder={t('outcome.none')}
              options={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
              select={{
                id: outcomeField.id,
                ...ariaState(outcomeField),
                value: outcome,
                onChange: (e) => setOutcome(e.target.value as ReferralOutcome | ''),
              }}
            />
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('actions.confirm', { action: t(`actions.${chosen}`) })}
          </button>
        </form>
      )}
    </ActionSection>
  );
}
