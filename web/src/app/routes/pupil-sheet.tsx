import { useTranslation } from 'react-i18next';
import '@/features/pupil-sheet/locales';
import { useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { PupilSheet } from '@/features/pupil-sheet/components/pupil-sheet';
import { PUPIL_SHEET_ROLES } from '@/features/pupil-sheet/lib/access';

/** /alunni/:pupilId/scheda: the printable pupil sheet for the consiglio di classe. */
export function PupilSheetRoute() {
  const { t } = useTranslation('pupilSheet');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const { pupilId = '' } = useParams();
  return (
    <>
      <title>{`${t('pageTitle')} – ${tApp('app.name')}`}</title>
      {claims && 'schoolId' in claims && PUPIL_SHEET_ROLES.includes(claims.role) ? (
        <PupilSheet schoolId={claims.schoolId} pupilId={pupilId} />
      ) : (
        <>
          <h1>{t('pageTitle')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
