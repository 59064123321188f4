import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Link, useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { hasSchool } from '@/features/pupils/lib/types';
import { ReferralDetail } from '@/features/referrals/components/referral-detail';
import { REFERRAL_SENDER_ROLES } from '@/features/referrals/lib/access';

/** /alunni/:pupilId/invii/:referralId: one of the pupil's referrals, on the school's side. */
export function ReferralRoute() {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const { pupilId = '', referralId = '' } = useParams();
  const back = (
    <p>
      <Link to={`/alunni/${encodeURIComponent(pupilId)}`}>{t('detail.backToPupil')}</Link>
    </p>
  );
  return (
    <>
      <title>{`${t('detail.title')} – ${tApp('app.name')}`}</title>
      {claims && hasSchool(claims) ? (
        <ReferralDetail
          referralId={referralId}
          side="school"
          back={back}
          canAct={REFERRAL_SENDER_ROLES.includes(claims.role)}
        />
      ) : (
        <>
          <h1>{t('detail.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('detail.notFound')}
          </div>
        </>
      )}
    </>
  );
}
