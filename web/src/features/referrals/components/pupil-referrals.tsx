import { useTranslation } from 'react-i18next';
import '@/features/referrals/locales';
import { Link } from 'react-router';
import type { Role } from '@domain';
import { Loading } from '@/components/ui/loading';
import { useFamilyMeetings } from '../api/get-family-meetings';
import { usePupilReferrals } from '../api/get-referrals';
import { formatDay } from '../lib/format';
import { REFERRAL_READER_ROLES, REFERRAL_SENDER_ROLES } from '../lib/access';
import { ReferralTable } from './referral-table';

type PupilReferralsProps = {
  schoolId: string;
  pupilId: string;
  role: Role;
  /** A coordinator sends only for the pupils of the class they coordinate. */
  mayCoordinate: boolean;
};

/** The pupil page's referrals: status, deadline and the family's outcome, and "Invia ai servizi". */
export function PupilReferrals({ schoolId, pupilId, role, mayCoordinate }: PupilReferralsProps) {
  const { t } = useTranslation('referrals');
  const { t: tApp } = useTranslation();
  const reads = REFERRAL_READER_ROLES.includes(role);
  const list = usePupilReferrals(schoolId, pupilId, reads);
  if (!reads) return null;
  const sends = REFERRAL_SENDER_ROLES.includes(role) && (role !== 'coordinator' || mayCoordinate);
  const base = `/alunni/${encodeURIComponent(pupilId)}`;
  return (
    <section aria-labelledby="pupil-referrals-title" className="my-4">
      <h2 id="pupil-referrals-title">{t('pupil.title')}</h2>
      {sends && (
        <>
          <p>
            <Link className="btn btn-outline-primary" to={`${base}/invia-ai-servizi`}>
              {t('pupil.send')}
            </Link>
          </p>
          <MeetingFollowUps schoolId={schoolId} pupilId={pupilId} base={base} />
        </>
      )}
      {list.status === 'pending' && <Loading label={tApp('common.loading')} />}
      {list.status === 'error' && (
        <div className="alert alert-danger" role="alert">
          {tApp('errors.unknown')}
        </div>
      )}
      {list.status === 'success' && (
        <ReferralTable
          rows={list.data.items}
          caption={t('pupil.caption')}
          empty={t('pupil.empty')}
          fileName="invii-alunno"
          linkTo={(r) => `${base}/invii/${encodeURIComponent(r.id)}`}
        />
      )}
    </section>
  );
}

/** The family meetings with a follow-up: each may become a referral (consent taken there). */
function MeetingFollowUps({
  schoolId,
  pupilId,
  base,
}: {
  schoolId: string;
  pupilId: string;
  base: string;
}) {
  const { t } = useTranslation('referrals');
  const meetings = (useFamilyMeetings(schoolId, pupilId).data ?? [])
    .filter((m) => m.followUp.trim())
    .slice(0, 3);
  if (meetings.length === 0) return null;
  return (
    <>
      <h3 className="h5">{t('pupil.fromMeetings')}</h3>
      <ul>
        {meetings.map((m) => (
          <li key={m.id}>
            {t('form.meetingOption', { date: formatDay(m.date) })}: {m.followUp}{' '}
            <Link to={`${base}/invia-ai-servizi?familyMeetingId=${encodeURIComponent(m.id)}`}>
              {t('pupil.sendFromMeeting')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
