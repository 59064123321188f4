import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { Link, useParams, useSearchParams } from 'react-router';
import { schoolYearOf } from '@domain';
import { useAuth } from '@/features/auth/lib/auth-context';
import { useOrientation } from '@/features/orientation/api/orientation';
import { OrientationPanel } from '@/features/orientation/components/orientation-panel';
import {
  FamilySheetPrint,
  SkillsReviewPrint,
} from '@/features/orientation/components/print-documents';
import { usePupil } from '@/features/pupils/api/get-pupil';
import { useSchool } from '@/features/pupils/api/get-school';

/**
 * /alunni/:pupilId/orientamento: the pupil's orientation this year (needs analysis and skills
 * review, hours, consiglio di orientamento, family's choice and enrolment, exam checklist).
 * Composes the pupils feature (name, home languages) and the orientation feature.
 */
export function PupilOrientationRoute() {
  const { t } = useTranslation('orientation');
  const { t: tApp } = useTranslation();
  const { user, claims } = useAuth();
  const { pupilId = '' } = useParams();
  const schoolId = claims && 'schoolId' in claims ? claims.schoolId : '';
  const pupilQuery = usePupil(schoolId, pupilId);
  const pupil = pupilQuery.data?.pupil;
  return (
    <>
      <title>{`${t('pupilTitle')} – ${tApp('app.name')}`}</title>
      <p>
        <Link to={`/alunni/${encodeURIComponent(pupilId)}`}>{t('backToPupil')}</Link>
      </p>
      <h1>
        {t('pupilTitle')}
        {pupil && <span className="d-block h3">{`${pupil.lastName} ${pupil.firstName}`}</span>}
      </h1>
      {user && schoolId && pupil ? (
        <OrientationPanel
          schoolId={schoolId}
          pupilId={pupilId}
          uid={user.uid}
          homeLanguages={pupil.homeLanguages}
        />
      ) : pupilQuery.isError ? (
        <div className="alert alert-warning" role="alert">
          {t('notAllowed')}
        </div>
      ) : (
        <p>{t('loading')}</p>
      )}
    </>
  );
}

/** /alunni/:pupilId/orientamento/stampa/:document: the skills review or the family sheet. */
export function PupilOrientationPrintRoute() {
  const { t } = useTranslation('orientation');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const { pupilId = '', document = '' } = useParams();
  const [search] = useSearchParams();
  const schoolId = claims && 'schoolId' in claims ? claims.schoolId : '';
  const pupilQuery = usePupil(schoolId, pupilId);
  const schoolQuery = useSchool(schoolId);
  const record = useOrientation(schoolId, pupilId, schoolYearOf(new Date()));
  const pupil = pupilQuery.data?.pupil;
  const heading = pupil
    ? {
        name: `${pupil.lastName} ${pupil.firstName}`,
        className: pupilQuery.data?.schoolClass?.name ?? '',
        schoolName: schoolQuery.data?.name ?? '',
      }
    : null;
  const title = document === 'famiglia' ? t('print.family') : t('print.review');
  return (
    <>
      <title>{`${title} – ${tApp('app.name')}`}</title>
      <p className="d-print-none">
        <Link to={`/alunni/${encodeURIComponent(pupilId)}/orientamento`}>{t('pupilTitle')}</Link>
      </p>
      {record.isPending || pupilQuery.isPending ? (
        <p>{t('loading')}</p>
      ) : !heading || !record.data ? (
        <div className="alert alert-warning" role="alert">
          {t('print.notFound')}
        </div>
      ) : document === 'famiglia' ? (
        <FamilySheetPrint
          pupil={heading}
          record={record.data}
          language={search.get('lingua') ?? 'it'}
        />
      ) : (
        <SkillsReviewPrint pupil={heading} record={record.data} />
      )}
    </>
  );
}
