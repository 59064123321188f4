import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { useLanguage } from '@/lib/i18n';
import type { DirectoryEntry } from '../api/get-services';
import { categoryLabel, formatDay } from '../lib/format';

/** What must be visible before sending: capacity, eligibility, ages, languages, cost, access. */
export function ServiceCard({ service }: { service: DirectoryEntry }) {
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
