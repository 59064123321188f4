import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { sendReferralBackInputSchema } from '@domain';
import { type Outcome, OutcomeAlert } from '@/components/ui/failure-alert';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { sendReferralBack } from '../api/referral-actions';
import { fieldErrors } from '../lib/form-errors';
import { ActionSection } from './action-section';
import { ConsentFields, emptyConsent } from './consent-fields';
import { RequestFields, emptyRequest, referralRequestInput } from './request-fields';

/** An operator refers back to the school about the pupil of a referral they received. */
export function SendBackForm({ referralId }: { referralId: string }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const errorText = useCallableErrorText();
  const [open, setOpen] = useState(false);
  const [consent, setConsent] = useState(emptyConsent);
  const [asked, setAsked] = useState(emptyRequest);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<Outcome | null>(null);

  if (!open) {
    return (
      <div className="mt-4">
        <OutcomeAlert outcome={message} />
        <button type="button" className="btn btn-outline-primary" onClick={() => setOpen(true)}>
          {t('back.title')}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = referralRequestInput(consent, asked);
    if (!request) {
      setErrors({ consent: t('form.consentFirst') });
      return;
    }
    const parsed = sendReferralBackInputSchema.safeParse({ ...request, referralId });
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
    <ActionSection
      title={t('back.title')}
      titleId="send-back-title"
      intro={t('back.intro')}
      outcome={message}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ConsentFields idPrefix="back" value={consent} onChange={setConsent} errors={errors} />
        <RequestFields idPrefix="back" value={asked} onChange={setAsked} errors={errors} />
        <button type="submit" className="btn btn-primary">
          {t('back.submit')}
        </button>
      </form>
    </ActionSection>
  );
}
