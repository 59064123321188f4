import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { OperatorInbox } from '@/features/referrals/components/operator-inbox';

/** /servizi/invii: a service operator's landing, the referrals addressed to their organisation. */
export function OperatorReferralsRoute() {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  return (
    <>
      <title>{`${t('inbox.title')} – ${tApp('app.name')}`}</title>
      <h1>{t('inbox.title')}</h1>
      {claims?.role === 'operator' ? (
        <>
          <p>{t('inbox.intro')}</p>
          <OperatorInbox districtId={claims.districtId} organizationId={claims.organizationId} />
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {t('inbox.notForRole')}
        </div>
      )}
    </>
  );
}
