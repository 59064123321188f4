import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import {
  REFERRAL_URGENCIES,
  SHARED_FIELDS,
  type ReferralUrgency,
  type SharedField,
  sendReferralInputSchema,
} from '@domain';
import { parseItalianDate } from '@/lib/dates';
import { Loading } from '@/components/ui/loading';
import { useCallableErrorText } from '@/lib/callable-error';
import { useLanguage } from '@/lib/i18n';
import { useFamilyMeetings } from '../api/get-family-meetings';
import { type DirectoryEntry, useDirectory } from '../api/get-services';
import { sendReferral } from '../api/referral-actions';
import { categoryLabel, endOfDay, formatDay } from '../lib/format';
import { fieldErrors } from '../lib/form-errors';
import { ConsentFields, consentInput, emptyConsent } from './consent-fields';

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
  const [reason, setReason] = useState('');
  const [request, setRequest] = useState('');
  const [urgency, setUrgency] = useState<ReferralUrgency>('ordinaria');
  const [shared, setShared] = useState<SharedField[]>([]);
  const [familyContact, setFamilyContact] = useState('');
  const [due, setDue] = useState('');
  const [meetingId, setMeetingId] = useState(familyMeetingId ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const services = directory.data ?? [];
  const service = services.find((s) => s.id === serviceId) ?? null;

  const toggle = (field: SharedField, on: boolean) =>
    setShared((current) =>
      on
        ? SHARED_FIELDS.filter((f) => f === field || current.includes(f))
        : current.filter((f) => f !== field),
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const c = consentInput(consent);
    if (!c) {
      setErrors({ consent: t('form.consentFirst') });
      return;
    }
    const parsedDue = parseItalianDate(due);
    const parsed = sendReferralInputSchema.safeParse({
      schoolId,
      pupilId,
      serviceId,
      reason,
      urgency,
      request,
      sharedFields: shared,
      familyContact: shared.includes('familyContact') ? familyContact : '',
      consent: c,
      dueDate: parsedDue.ok ? endOfDay(parsedDue.date) : new Date(Number.NaN),
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

  const error = (name: string) =>
    errors[name] ? (
      <div id={`referral-${name}-error`} className="invalid-feedback d-block">
        {errors[name]}
      </div>
    ) : null;
  const describedBy = (name: string) => (errors[name] ? `referral-${name}-error` : undefined);

  if (directory.isPending) return <Loading label={tApp('common.loading')} />;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('form.title')}>
      <ConsentFields idPrefix="referral" value={consent} onChange={setConsent} errors={errors} />
      <fieldset disabled={!consent.given} aria-describedby="referral-consent-first">
        {!consent.given && (
          <p id="referral-consent-first" className="text-secondary">
            {t('form.consentFirst')}
          </p>
        )}
        <div className="form-group">
          <label htmlFor="referral-serviceId" className="active">
            {t('form.service')}
            <span aria-hidden="true"> *</span>
          </label>
          {services.length === 0 ? (
            <p>{t('form.noDirectory')}</p>
          ) : (
            <select
              id="referral-serviceId"
              className="form-select"
              value={serviceId}
              aria-required
              aria-invalid={errors.serviceId ? true : undefined}
              aria-describedby={describedBy('serviceId') ?? 'referral-service-hint'}
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
          <small id="referral-service-hint" className="form-text">
            {t('form.serviceHint')}
          </small>
          {error('serviceId')}
        </div>
        {service && <ServiceCard service={service} />}
        <div className="form-group">
          <label htmlFor="referral-reason" className="active">
            {t('form.reason')}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id="referral-reason"
            className="form-control"
            rows={3}
            maxLength={1000}
            value={reason}
            aria-required
            aria-describedby={describedBy('reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          {error('reason')}
        </div>
        <div className="form-group">
          <label htmlFor="referral-request" className="active">
            {t('form.request')}
            <span aria-hidden="true"> *</span>
          </label>
          <textarea
            id="referral-request"
            className="form-control"
            rows={2}
            maxLength={1000}
            value={request}
            aria-required
            aria-describedby={describedBy('request')}
            onChange={(e) => setRequest(e.target.value)}
          />
          {error('request')}
        </div>
        <div className="row">
          <div className="form-group col-md-6">
            <label htmlFor="referral-urgency" className="active">
              {t('urgency.label')}
            </label>
            <select
              id="referral-urgency"
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
          <div className="form-group col-md-6">
            <label htmlFor="referral-dueDate" className="active">
              {t('form.dueDate')}
              <span aria-hidden="true"> *</span>
            </label>
            <input
              id="referral-dueDate"
              className="form-control"
              value={due}
              maxLength={10}
              placeholder="gg/mm/aaaa"
              aria-required
              aria-describedby={describedBy('dueDate') ?? 'referral-dueDate-hint'}
              onChange={(e) => setDue(e.target.value)}
            />
            <small id="referral-dueDate-hint" className="form-text">
              {t('form.dueDateHint')}
            </small>
            {error('dueDate')}
          </div>
        </div>
        <div className="form-group">
          <label htmlFor="referral-familyMeetingId" className="active">
            {t('form.familyMeeting')}
          </label>
          <select
            id="referral-familyMeetingId"
            className="form-select"
            value={meetingId}
            onChange={(e) => setMeetingId(e.target.value)}
          >
            <option value="">{t('form.noMeeting')}</option>
            {(meetings.data ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {t('form.meetingOption', { date: formatDay(m.date) })}
                {m.followUp ? ` – ${m.followUp}` : ''}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="border rounded p-3 mb-4">
          <legend className="h5 float-none w-auto px-2">{t('form.sharedTitle')}</legend>
          <p>{t('form.sharedIntro')}</p>
          {SHARED_FIELDS.map((field) => (
            <div className="form-check" key={field}>
              <input
                id={`referral-shared-${field}`}
                type="checkbox"
                checked={shared.includes(field)}
                onChange={(e) => toggle(field, e.target.checked)}
              />
              <label htmlFor={`referral-shared-${field}`}>{t(`shared.${field}`)}</label>
            </div>
          ))}
          {shared.includes('familyContact') && (
            <div className="form-group mt-3">
              <label htmlFor="referral-familyContact" className="active">
                {t('form.familyContact')}
                <span aria-hidden="true"> *</span>
              </label>
              <input
                id="referral-familyContact"
                className="form-control"
                maxLength={300}
                value={familyContact}
                aria-describedby={describedBy('familyContact')}
                onChange={(e) => setFamilyContact(e.target.value)}
              />
              {error('familyContact')}
            </div>
          )}
        </fieldset>
        {failure && (
          <div className="alert alert-danger" role="alert">
            {failure}
          </div>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('form.sending') : t('form.submit')}
        </button>
      </fieldset>
    </form>
  );
}

/** What must be visible before sending: capacity, eligibility, ages, languages, cost, access. */
function ServiceCard({ service }: { service: DirectoryEntry }) {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const language = useLanguage();
  const ages =
    service.minimumAge === null && service.maximumAge === null
      ? null
      : `${service.minimumAge ?? 0}–${service.maximumAge ?? ''}`;
  return (
    <div className="card border mb-4" data-testid="referral-service-card">
      <div className="card-body">
        <p className="mb-2">
          <span className={`badge ${service.acceptingReferrals ? 'bg-success' : 'bg-danger'}`}>
            {service.acceptingReferrals ? t('form.takesReferrals') : t('form.noReferrals')}
          </span>{' '}
          <small>{t('form.capacityUpdated', { date: formatDay(service.capacityUpdatedAt) })}</small>
        </p>
        <p className="mb-1">
          {service.categories.map((c) => categoryLabel(c, language)).join(', ')}
        </p>
        <dl className="row mb-0">
          <dt className="col-sm-4">{t('form.eligibility')}</dt>
          <dd className="col-sm-8">{service.eligibility || tApp('common.notGiven')}</dd>
          {ages && (
            <>
              <dt className="col-sm-4">{t('form.ages')}</dt>
              <dd className="col-sm-8">{ages}</dd>
            </>
          )}
          <dt className="col-sm-4">{t('form.languages')}</dt>
          <dd className="col-sm-8">
            {service.languages.join(', ') || tApp('common.notGiven')}
            {service.interpretationAvailable && ` · ${t('form.interpretation')}`}
          </dd>
          <dt className="col-sm-4">{t('form.cost')}</dt>
          <dd className="col-sm-8">
            {service.free ? t('form.free') : service.costDescription || tApp('common.notGiven')}
          </dd>
          <dt className="col-sm-4">{t('form.howToApply')}</dt>
          <dd className="col-sm-8">{service.howToApply || tApp('common.notGiven')}</dd>
        </dl>
      </div>
    </div>
  );
}
