import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import '@/features/orientation/locales';
import { Link, useParams } from 'react-router';
import { useAuth, type SessionUser } from '@/features/auth/lib/auth-context';
import { useMyPupils } from '@/features/pupils/api/get-my-pupils';
import { usePupil } from '@/features/pupils/api/get-pupil';
import { useSchool } from '@/features/pupils/api/get-school';
import { PupilDetails } from '@/features/pupils/components/pupil-details';
import { PUPIL_SHEET_ROLES } from '@/features/pupil-sheet/lib/access';
import { hasSchool, type SchoolClaims } from '@/features/pupils/lib/types';
import { PupilRecords } from '@/features/records/components/pupil-records';
import { PupilReferrals } from '@/features/referrals/components/pupil-referrals';
import { RiskPanel } from '@/features/risk/components/risk-panel';
import { PupilGdprActions } from '@/features/staff/components/pupil-gdpr-actions';

/**
 * The pupil page is the hub of a pupil's pathway. Features do not import each other, so this
 * route composes them: the profile (pupils), the risk flags (risk) and the records (records).
 */
export function PupilRoute() {
  const { t } = useTranslation();
  const { user, claims } = useAuth();
  const { pupilId = '' } = useParams();

  return (
    <>
      <title>{`${t('pupil.pageTitle')} – ${t('app.name')}`}</title>
      <PupilDetails claims={claims} pupilId={pupilId}>
        {user && claims && hasSchool(claims) && (
          <PupilHub
            user={user}
            claims={claims}
            pupilId={pupilId}
            // Risk flags, between the profile and the records. Mediators must not see flags
            // (firestore.rules), so the panel checks the role itself and reads nothing for them.
            riskPanel={
              <RiskPanel
                schoolId={claims.schoolId}
                pupilId={pupilId}
                viewer={{ uid: user.uid, role: claims.role }}
              />
            }
          />
        )}
      </PupilDetails>
    </>
  );
}

/** Who reads and writes a pupil's orientation (firestore.rules, issue 14): never mediators or educators. */
const ORIENTATION_ROLES: readonly string[] = [
  'teacher',
  'l2teacher',
  'coordinator',
  'referent',
  'head',
];

type PupilHubProps = {
  user: SessionUser;
  claims: SchoolClaims;
  pupilId: string;
  riskPanel: ReactNode;
};

function PupilHub({ user, claims, pupilId, riskPanel }: PupilHubProps) {
  const { t: tSheet } = useTranslation('pupilSheet');
  const { t: tOrientation } = useTranslation('orientation');
  // Same query keys as the profile above: these read the cache, not Firestore again.
  const pupilQuery = usePupil(claims.schoolId, pupilId);
  const schoolQuery = useSchool(claims.schoolId);
  const myPupilsQuery = useMyPupils(user.uid, claims);

  const viewer = useMemo(
    () => ({
      uid: user.uid,
      role: claims.role,
      displayName: user.displayName ?? user.email ?? user.uid,
    }),
    [user, claims.role],
  );
  const partners = useMemo(
    () =>
      (myPupilsQuery.data?.pupils ?? [])
        .filter((p) => p.id !== pupilId)
        .map((p) => ({ id: p.id, name: `${p.lastName} ${p.firstName}` })),
    [myPupilsQuery.data, pupilId],
  );

  if (!pupilQuery.data) return null;
  const { pupil, schoolClass } = pupilQuery.data;
  const termSystem = schoolQuery.data?.settings.termSystem;

  return (
    <>
      {PUPIL_SHEET_ROLES.includes(claims.role) && (
        <p className="my-3">
          <Link
            className="btn btn-outline-primary"
            to={`/alunni/${encodeURIComponent(pupilId)}/scheda`}
          >
            {tSheet('open')}
          </Link>
        </p>
      )}
      {ORIENTATION_ROLES.includes(claims.role) && (
        <p className="my-3">
          <Link
            className="btn btn-outline-primary"
            to={`/alunni/${encodeURIComponent(pupilId)}/orientamento`}
          >
            {tOrientation('pupilTitle')}
          </Link>
        </p>
      )}
      {riskPanel}
      <PupilRecords
        scope={{ schoolId: claims.schoolId, pupilId, pupil, schoolClass }}
        viewer={viewer}
        partners={partners}
        // Without readable settings every term is offered; the schema accepts 1-3.
        termCount={termSystem === 'quadrimestri' ? 2 : 3}
      />
      {/* Referrals to the territorial services (issue 13), with status and the family's outcome. */}
      <PupilReferrals
        schoolId={claims.schoolId}
        pupilId={pupilId}
        role={claims.role}
        mayCoordinate={schoolClass?.coordinatorUid === user.uid}
      />
      {claims.role === 'head' && (
        <PupilGdprActions schoolId={claims.schoolId} pupilId={pupilId} pupil={pupil} />
      )}
    </>
  );
}
