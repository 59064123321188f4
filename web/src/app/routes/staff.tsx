import { useTranslation } from 'react-i18next';
import '@/features/staff/locales';
import { DocumentTitle, NotAllowed } from '@/components/ui/route-page';
import { useAuth } from '@/features/auth/lib/auth-context';
import { StaffManagement } from '@/features/staff/components/staff-management';
import { staffManagerOf } from '@/features/staff/lib/types';

/** /personale: staff, roles and assignments, for the head (own school) and the admin. */
export function StaffRoute() {
  const { t } = useTranslation('staff');
  const { user, claims } = useAuth();
  const manager = user ? staffManagerOf(user.uid, claims) : null;
  return (
    <>
      <DocumentTitle title={t('page.title')} />
      {manager ? (
        <StaffManagement manager={manager} />
      ) : (
        <NotAllowed title={t('page.title')} message={t('page.notAllowed')} />
      )}
    </>
  );
}
