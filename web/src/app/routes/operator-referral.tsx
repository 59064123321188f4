import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Link, useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { ReferralDetail } from '@/features/referrals/components/referral-detail';

/** /servizi/invii/:referralId: one referral as its organisation's operator sees it. */
export function OperatorReferralRoute() {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const { referralId = '' } = useParams();
  const back = (
    <p>
      <Link to="/servizi/invii">{t('detail.back')}</Link>
    </p>
  );
  return (
    <>
      <title>{`${t('detail.title')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'operator' ? (
        <ReferralDetail referralId={referralId} side="organization" back={back} canAct />
      ) : (
        <>
          <h1>{t('detail.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('inbox.notForRole')}
          </div>
        </>
      )}
    </>
  );
}
