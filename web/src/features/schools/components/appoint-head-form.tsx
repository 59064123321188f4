import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/schools/locales';
import { z } from 'zod';
import { FailureAlert } from '@/components/ui/failure-alert';
import { FormButtons } from '@/components/ui/form-buttons';
import { TextField } from '@/components/ui/text-field';
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

  const fields = [
    {
      frame: { id: 'appoint-name', error: errors.displayName, required: true },
      label: t('appoint.displayName'),
      type: 'text',
      value: displayName,
      setValue: setDisplayName,
    },
    {
      frame: { id: 'appoint-email', error: errors.email, required: true },
      label: t('appoint.email'),
      type: 'email',
      value: email,
      setValue: setEmail,
    },
  ];
  return (
    <section aria-labelledby={titleId} className="card card-bg p-3 p-md-4 my-4">
      <h2 id={titleId} className="h4">
        {t('appoint.title', { name: schoolName })}
      </h2>
      <p>{t('appoint.intro')}</p>
      <form noValidate aria-labelledby={titleId} onSubmit={(e) => void submit(e)}>
        <FailureAlert message={failure} />
        <div className="row">
          {fields.map(({ frame, label, type, value, setValue }) => (
            <TextField
              key={frame.id}
              {...frame}
              label={label}
              className="col-12 col-md-6 form-group"
              input={{
                type,
                autoComplete: 'off',
                value,
                onChange: (e) => setValue(e.target.value),
              }}
            />
          ))}
        </div>
        <FormButtons
          busy={sending}
          submitLabel={t('appoint.submit')}
          busyLabel={t('appoint.submitting')}
          cancelLabel={t('appoint.cancel')}
          onCancel={onClose}
        />
      </form>
      {done && (
        <div role="status" className="alert alert-success mt-4 mb-0">
          {t('appoint.done', { email: done, name: schoolName })}
        </div>
      )}
    </section>
  );
}
