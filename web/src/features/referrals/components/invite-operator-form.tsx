import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { inviteOperatorInputSchema } from '@domain';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { useDirectory } from '../api/get-services';
import { inviteOperator } from '../api/referral-actions';
import { fieldErrors } from '../lib/form-errors';

/** The Ambito coordinator invites an operator for one of the Ambito's organisations. */
export function InviteOperatorForm({ districtId }: { districtId: string }) {
  const { t } = useTranslation('referrals');
  const language = useLanguage();
  const errorText = useCallableErrorText();
  const directory = useDirectory(districtId);
  const organizations = [
    ...new Map((directory.data ?? []).map((s) => [s.organizationId, s.organizationName])),
  ].sort((a, b) => a[1].localeCompare(b[1], 'it'));
  const [organizationId, setOrganizationId] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = inviteOperatorInputSchema.safeParse({ organizationId, displayName, email });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, language));
      return;
    }
    setErrors({});
    try {
      const result = await inviteOperator(parsed.data);
      setMessage({ ok: true, text: t('invite.done', { email: result.email }) });
      setDisplayName('');
      setEmail('');
    } catch (error) {
      setMessage({ ok: false, text: errorText(error) });
    }
  };

  const input = (
    id: 'displayName' | 'email',
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <div className="form-group col-md-4">
      <label htmlFor={`operator-${id}`} className="active">
        {label}
      </label>
      <input
        id={`operator-${id}`}
        type={id === 'email' ? 'email' : 'text'}
        className="form-control"
        value={value}
        aria-invalid={errors[id] ? true : undefined}
        onChange={(e) => set(e.target.value)}
      />
      {errors[id] && <div className="invalid-feedback d-block">{errors[id]}</div>}
    </div>
  );

  return (
    <section aria-labelledby="invite-operator-title" className="my-5">
      <h2 id="invite-operator-title">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="row">
        <div className="form-group col-md-4">
          <label htmlFor="operator-organizationId" className="active">
            {t('invite.organization')}
          </label>
          <select
            id="operator-organizationId"
            className="form-select"
            value={organizationId}
            onChange={(e) => setOrganizationId(e.target.value)}
          >
            <option value="">{t('invite.organizationPlaceholder')}</option>
            {organizations.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          {errors.organizationId && (
            <div className="invalid-feedback d-block">{errors.organizationId}</div>
          )}
        </div>
        {input('displayName', t('invite.name'), displayName, setDisplayName)}
        {input('email', t('invite.email'), email, setEmail)}
        <div className="col-12">
          <button type="submit" className="btn btn-primary">
            {t('invite.submit')}
          </button>
        </div>
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
