import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { AuditLog } from '@/features/staff/components/audit-log';

/** /registro-accessi: the school's audit log, for its head only (as the rules allow). */
export function AuditLogRoute() {
  const { t } = useTranslation('staff');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  return (
    <>
      <title>{`${t('audit.title')} – ${tApp('app.name')}`}</title>
      {claims?.role === 'head' ? (
        <AuditLog schoolId={claims.schoolId} />
      ) : (
        <>
          <h1>{t('audit.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('audit.notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
