import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { PupilExportPrint } from '@/features/staff/components/pupil-export-print';

/** /alunni/:pupilId/stampa: printable GDPR export of one pupil, for the head. */
export function PupilPrintRoute() {
  const { t } = useTranslation('staff');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const { pupilId = '' } = useParams();
  return (
    <>
      <title>{`${t('print.pageTitle')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'head' ? (
        <PupilExportPrint schoolId={claims.schoolId} pupilId={pupilId} />
      ) : (
        <>
          <h1>{t('print.pageTitle')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('print.notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
