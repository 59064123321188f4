import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { DistrictDashboard } from '@/features/dashboard/components/district-dashboard';
import { DistrictOrientation } from '@/features/orientation/components/district-orientation';
import { InviteOperatorForm } from '@/features/referrals/components/invite-operator-form';
import { ReferralStatsPanel } from '@/features/referrals/components/referral-stats';

/** /ambito: anonymised aggregates of the Ambito's schools, for its district coordinator. */
export function DistrictRoute() {
  const { t } = useTranslation('dashboard');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  return (
    <>
      <title>{`${t('district.title')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'district' ? (
        <>
          <>
            <DistrictDashboard districtId={claims.districtId} />
            <DistrictOrientation districtId={claims.districtId} />
          </>
          {/* The services network's figures and the operators' invitations (issue 13). */}
          <ReferralStatsPanel districtId={claims.districtId} />
          <InviteOperatorForm districtId={claims.districtId} />
        </>
      ) : (
        <>
          <h1>{t('district.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('district.notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
