import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { DocumentTitle, NotAllowed } from '@/components/ui/route-page';
import { useAuth } from '@/features/auth/lib/auth-context';
import { AuditLog } from '@/features/staff/components/audit-log';

/** /registro-accessi: the school's audit log, for its head only (as the rules allow). */
export function AuditLogRoute() {
  const { t } = useTranslation('staff');
  const { claims } = useAuth();
  return (
    <>
      <DocumentTitle title={t('audit.title')} />
      {claims?.role === 'head' ? (
        <AuditLog schoolId={claims.schoolId} />
      ) : (
        <NotAllowed title={t('audit.title')} message={t('audit.notAllowed')} />
      )}
    </>
  );
}
