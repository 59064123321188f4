import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { usePupil } from '@/features/pupils/api/get-pupil';
import { useSchool } from '@/features/pupils/api/get-school';
import { hasSchool } from '@/features/pupils/lib/types';
import { SendReferralForm } from '@/features/referrals/components/send-referral-form';
import { REFERRAL_SENDER_ROLES } from '@/features/referrals/lib/access';
import { Loading } from '@/components/ui/loading';

/**
 * /alunni/:pupilId/invia-ai-servizi[?familyMeetingId=…]: the school's referral form. The
 * pupil and the school (for its Ambito's directory) come from the pupils feature.
 */
export function ReferralNewRoute() {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const { user, claims } = useAuth();
  const { pupilId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const schoolId = claims && hasSchool(claims) ? claims.schoolId : '';
  const pupil = usePupil(schoolId, pupilId);
  const school = useSchool(schoolId);
  const pupilPath = `/alunni/${encodeURIComponent(pupilId)}`;
  const allowed =
    claims &&
    hasSchool(claims) &&
    REFERRAL_SENDER_ROLES.includes(claims.role) &&
    (claims.role !== 'coordinator' || pupil.data?.schoolClass?.coordinatorUid === user?.uid);

  let body;
  if (pupil.isPending || school.isPending) body = <Loading label={tApp('common.loading')} />;
  else if (!allowed || !pupil.data || !school.data) {
    body = (
      <div className="alert alert-warning" role="alert">
        {t('form.notAllowed')}
      </div>
    );
  } else {
    body = (
      <>
        <p className="lead">
          {t('form.for', { name: `${pupil.data.pupil.lastName} ${pupil.data.pupil.firstName}` })}
        </p>
        <SendReferralForm
          schoolId={schoolId}
          districtId={school.data.districtId}
          pupilId={pupilId}
          familyMeetingId={search.get('familyMeetingId')}
          onSent={(referralId) =>
            void navigate(`${pupilPath}/invii/${encodeURIComponent(referralId)}`)
          }
        />
      </>
    );
  }
  return (
    <>
      <title>{`${t('form.title')} – ${tApp('app.name')}`}</title>
      <p>
        <Link to={pupilPath}>{t('detail.backToPupil')}</Link>
      </p>
      <h1>{t('form.title')}</h1>
      {body}
    </>
  );
}
