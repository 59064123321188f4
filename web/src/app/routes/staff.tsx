import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { StaffManagement } from '@/features/staff/components/staff-management';
import { staffManagerOf } from '@/features/staff/lib/types';

/** /personale: staff, roles and assignments, for the head (own school) and the admin. */
export function StaffRoute() {
  const { t } = useTranslation('staff');
  const { t: tApp } = useTranslation();
  const { user, claims } = useAuth();
  const manager = user ? staffManagerOf(user.uid, claims) : null;
  return (
    <>
      <title>{`${t('page.title')} – ${tApp('app.name')}`}</title>
      {manager ? (
        <StaffManagement manager={manager} />
      ) : (
        <>
          <h1>{t('page.title')}</h1>
          <div className="alert alert-warning" role="alert">
            {t('page.notAllowed')}
          </div>
        </>
      )}
    </>
  );
}
