import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import { z } from 'zod';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import { useCallableErrorText } from '../lib/use-texts';

type AppointHeadFormProps = {
  schoolName: string;
  onAppoint: (input: { email: string; displayName: string }) => Promise<{ email: string }>;
  onClose: () => void;
};

const emailSchema = z.email();

/** Invites the head of one school: the school is fixed, only the person is asked for. */
export function AppointHeadForm({ schoolName, onAppoint, onClose }: AppointHeadFormProps) {
  const { t } = useTranslation('schools');
  const callableError = useCallableErrorText();
  const titleId = useId();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [errors, setErrors] = useState<{ email?: string; displayName?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setDone(null);
    const next = {
      email: emailSchema.safeParse(email.trim()).success ? undefined : t('appoint.invalidEmail'),
      displayName: displayName.trim() ? undefined : t('appoint.required'),
    };
    setErrors(next);
    if (next.email || next.displayName) return;
    setSending(true);
    try {
      const result = await onAppoint({ email: email.trim(), displayName: displayName.trim() });
      setDone(result.email);
      setEmail('');
      setDisplayName('');
    } catch (error) {
      setFailure(callableError(error));
    } finally {
      setSending(false);
    }
  };

  const emailFrame = { id: 'appoint-email', error: errors.email, required: true };
  const nameFrame = { id: 'appoint-name', error: errors.displayName, required: true };
  return (
    <section aria-labelledby={titleId} className="card card-bg p-3 p-md-4 my-4">
      <h2 id={titleId} className="h4">
        {t('appoint.title', { name: schoolName })}
      </h2>
      <p>{t('appoint.intro')}</p>
      <form noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
        {failure && (
          <div role="alert" className="alert alert-danger">
            {failure}
          </div>
        )}
        <div className="row">
          <FieldFrame
            {...nameFrame}
            label={t('appoint.displayName')}
            className="col-12 col-md-6 form-group"
          >
            <input
              id={nameFrame.id}
              type="text"
              autoComplete="off"
              className={`form-control${nameFrame.error ? ' is-invalid' : ''}`}
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
              {...ariaState(nameFrame)}
            />
          </FieldFrame>
          <FieldFrame
            {...emailFrame}
            label={t('appoint.email')}
            className="col-12 col-md-6 form-group"
          >
            <input
              id={emailFrame.id}
              type="email"
              autoComplete="off"
              className={`form-control${emailFrame.error ? ' is-invalid' : ''}`}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              {...ariaState(emailFrame)}
            />
          </FieldFrame>
        </div>
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-primary" disabled={sending}>
            {sending ? t('appoint.submitting') : t('appoint.submit')}
          </button>
          <button type="button" className="btn btn-outline-secondary" onClick={onClose}>
            {t('appoint.cancel')}
          </button>
        </div>
      </form>
      {done && (
        <div role="status" className="alert alert-success mt-4 mb-0">
          {t('appoint.done', { email: done, name: schoolName })}
        </div>
      )}
    </section>
  );
}
