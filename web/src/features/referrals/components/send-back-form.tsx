import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { REFERRAL_URGENCIES, type ReferralUrgency, sendReferralBackInputSchema } from '@domain';
import { parseItalianDate } from '@/lib/dates';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { sendReferralBack } from '../api/referral-actions';
import { endOfDay } from '../lib/format';
import { fieldErrors } from '../lib/form-errors';
import { ConsentFields, consentInput, emptyConsent } from './consent-fields';

/** An operator refers back to the school about the pupil of a referral they received. */
export function SendBackForm({ referralId }: { referralId: string }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const errorText = useCallableErrorText();
  const [open, setOpen] = useState(false);
  const [consent, setConsent] = useState(emptyConsent);
  const [reason, setReason] = useState('');
  const [request, setRequest] = useState('');
  const [urgency, setUrgency] = useState<ReferralUrgency>('ordinaria');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!open) {
    return (
      <div className="mt-4">
        {message && (
          <div className={`alert ${message.ok ? 'alert-success' : 'alert-danger'}`} role="status">
            {message.text}
          </div>
        )}
        <button type="button" className="btn btn-outline-primary" onClick={() => setOpen(true)}>
          {t('back.title')}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const c = consentInput(consent);
    if (!c) {
      setErrors({ consent: t('form.consentFirst') });
      return;
    }
    const parsedDue = parseItalianDate(due);
    const parsed = sendReferralBackInputSchema.safeParse({
      referralId,
      reason,
      urgency,
      request,
      consent: c,
      dueDate: parsedDue.ok ? endOfDay(parsedDue.date) : new Date(Number.NaN),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, language));
      return;
    }
    setErrors({});
    try {
      await sendReferralBack(parsed.data);
      setMessage({ ok: true, text: t('back.done') });
      setOpen(false);
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  return (
    <section aria-labelledby="send-back-title" className="mt-4">
      <h2 id="send-back-title" className="h4">
        {t('back.title')}
      </h2>
      <p>{t('back.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ConsentFields idPrefix="back" value={consent} onChange={setConsent} errors={errors} />
        <div className="form-group">
          <label htmlFor="back-reason" className="active">
            {t('form.reason')}
          </label>
          <textarea
            id="back-reason"
            className="form-control"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {errors.reason && <div className="invalid-feedback d-block">{errors.reason}</div>}
        </div>
        <div className="form-group">
          <label htmlFor="back-request" className="active">
            {t('form.request')}
          </label>
          <textarea
            id="back-request"
            className="form-control"
            rows={2}
            value={request}
            onChange={(e) => setRequest(e.target.value)}
          />
          {errors.request && <div className="invalid-feedback d-block">{errors.request}</div>}
        </div>
        <div className="form-group">
          <label htmlFor="back-urgency" className="active">
            {t('urgency.label')}
          </label>
          <select
            id="back-urgency"
            className="form-select"
            value={urgency}
            onChange={(e) => setUrgency(e.target.value as ReferralUrgency)}
          >
            {REFERRAL_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {t(`urgency.${u}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label htmlFor="back-due" className="active">
            {t('form.dueDate')}
          </label>
          <input
            id="back-due"
            className="form-control"
            value={due}
            maxLength={10}
            onChange={(e) => setDue(e.target.value)}
          />
          {errors.dueDate && <div className="invalid-feedback d-block">{errors.dueDate}</div>}
        </div>
        <button type="submit" className="btn btn-primary">
          {t('back.submit')}
        </button>
      </form>
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
