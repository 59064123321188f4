import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { type SharedField, sendReferralInputSchema } from '@domain';
import { FailureAlert } from '@/components/ui/failure-alert';
import { FieldFrame, ariaState } from '@/components/ui/form-field';
import { Loading } from '@/components/ui/loading';
import { SelectField } from '@/components/ui/select-field';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { useFamilyMeetings } from '../api/get-family-meetings';
import { type DirectoryEntry, useDirectory } from '../api/get-services';
import { sendReferral } from '../api/referral-actions';
import { formatDay } from '../lib/format';
import { fieldErrors } from '../lib/form-errors';
import { ConsentFields, emptyConsent } from './consent-fields';
import { RequestFields, emptyRequest, referralRequestInput } from './request-fields';
import { ServiceCard } from './service-card';
import { SharedFields } from './shared-fields';

type SendReferralFormProps = {
  schoolId: string;
  districtId: string;
  pupilId: string;
  /** The family meeting the referral comes from (the route reads it from the address). */
  familyMeetingId: string | null;
  onSent: (referralId: string) => void;
};

const selectable = (s: DirectoryEntry) => s.status === 'active' && s.acceptingReferrals;

/**
 * The school's referral: the family's consent first, then the service (capacity, eligibility
 * and whether it takes referrals shown before sending), reason, urgency, what is asked, the
 * data to share (nothing ticked by default) and the reply deadline. Checked with the callable's
 * own schema before it is sent.
 */
export function SendReferralForm({
  schoolId,
  districtId,
  pupilId,
  familyMeetingId,
  onSent,
}: SendReferralFormProps) {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const errorText = useCallableErrorText();
  const directory = useDirectory(districtId);
  const meetings = useFamilyMeetings(schoolId, pupilId);
  const [consent, setConsent] = useState(emptyConsent);
  const [serviceId, setServiceId] = useState('');
  const [asked, setAsked] = useState(emptyRequest);
  const [shared, setShared] = useState<SharedField[]>([]);
  const [familyContact, setFamilyContact] = useState('');
  const [meetingId, setMeetingId] = useState(familyMeetingId ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const services = directory.data ?? [];
  const service = services.find((s) => s.id === serviceId) ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const request = referralRequestInput(consent, asked);
    if (!request) {
      setErrors({ consent: t('form.consentFirst') });
      return;
    }
    const parsed = sendReferralInputSchema.safeParse({
      ...request,
      schoolId,
      pupilId,
      serviceId,
      sharedFields: shared,
      familyContact: shared.includes('familyContact') ? familyContact : '',
      familyMeetingId: meetingId || null,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error, language));
      setFailure(t('form.fixErrors'));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { referralId } = await sendReferral(parsed.data);
      onSent(referralId);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  if (directory.isPending) return <Loading label={tApp('common.loading')} />;

  const serviceField = {
    id: 'referral-serviceId',
    label: t('form.service'),
    hint: t('form.serviceHint'),
    error: errors.serviceId,
    required: true,
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('form.title')}>
      <ConsentFields idPrefix="referral" value={consent} onChange={setConsent} errors={errors} />
      <fieldset disabled={!consent.given} aria-describedby="referral-consent-first">
        {!consent.given && (
          <p id="referral-consent-first" className="text-secondary">
            {t('form.consentFirst')}
          </p>
        )}
        <FieldFrame {...serviceField}>
          {services.length === 0 ? (
            <p>{t('form.noDirectory')}</p>
          ) : (
            <select
              id={serviceField.id}
              className="form-select"
              value={serviceId}
              {...ariaState(serviceField)}
              onChange={(e) => setServiceId(e.target.value)}
            >
              <option value="">{t('form.servicePlaceholder')}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id} disabled={!selectable(s)}>
                  {s.name} – {s.organizationName}
                  {s.status !== 'active'
                    ? ` (${t('form.inactive')})`
                    : !s.acceptingReferrals
                      ? ` (${t('form.noReferrals')})`
                      : ''}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        {service && <ServiceCard service={service} />}
        <RequestFields
          idPrefix="referral"
          value={asked}
          onChange={setAsked}
          errors={errors}
          dueHint={t('form.dueDateHint')}
        />
        <SelectField
          id="referral-familyMeetingId"
          label={t('form.familyMeeting')}
          placeholder={t('form.noMeeting')}
          options={(meetings.data ?? []).map((m) => ({
            value: m.id,
            label:
              t('form.meetingOption', { date: formatDay(m.date) }) +
              (m.followUp ? ` – ${m.followUp}` : ''),
          }))}
          select={{
            id: 'referral-familyMeetingId',
            value: meetingId,
            onChange: (e) => setMeetingId(e.target.value),
          }}
        />
        <SharedFields
          value={shared}
          onChange={setShared}
          familyContact={familyContact}
          onFamilyContactChange={setFamilyContact}
          familyContactError={errors.familyContact}
        />
        <FailureAlert message={failure} />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('form.sending') : t('form.submit')}
        </button>
      </fieldset>
    </form>
  );
}
