import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { inviteOperatorInputSchema } from '@domain';
import type { Outcome } from '@/components/ui/failure-alert';
import { ariaState } from '@/components/ui/form-field';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { useDirectory } from '../api/get-services';
import { inviteOperator } from '../api/referral-actions';
import { fieldErrors } from '../lib/form-errors';
import { ActionSection } from './action-section';

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
  const [message, setMessage] = useState<Outcome | null>(null);

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

  const frame = (id: 'organizationId' | 'displayName' | 'email', label: string) => ({
    id: `operator-${id}`,
    label,
    error: errors[id],
  });
  const input = (
    id: 'displayName' | 'email',
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <TextField
      {...frame(id, label)}
      className="form-group col-md-4"
      input={{
        type: id === 'email' ? 'email' : 'text',
        value,
        onChange: (e) => set(e.target.value),
      }}
    />
  );
  const organization = frame('organizationId', t('invite.organization'));

  return (
    <ActionSection
      title={t('invite.title')}
      titleId="invite-operator-title"
      headingClassName=""
      intro={t('invite.intro')}
      className="my-5"
      outcome={message}
    >
      <form onSubmit={(e) => void submit(e)} noValidate className="row">
        <SelectField
          {...organization}
          className="select-wrapper form-group col-md-4"
          placeholder={t('invite.organizationPlaceholder')}
          options={organizations.map(([value, label]) => ({ value, label }))}
          select={{
            id: organization.id,
            ...ariaState(organization),
            value: organizationId,
            onChange: (e) => setOrganizationId(e.target.value),
          }}
        />
        {input('displayName', t('invite.name'), displayName, setDisplayName)}
        {input('email', t('invite.email'), email, setEmail)}
        <div className="col-12">
          <button type="submit" className="btn btn-primary">
            {t('invite.submit')}
          </button>
        </div>
      </form>
    </ActionSection>
  );
}
