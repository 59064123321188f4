import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { hasSchool } from '@/features/pupils/lib/types';
import { FollowUps } from '@/features/risk/components/follow-ups-page';

export function FollowUpsRoute() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('risk');
  const { user, claims } = useAuth();
  return (
    <>
      <title>{`${tr('todo.pageTitle')} – ${t('app.name')}`}</title>
      <h1>{tr('todo.pageTitle')}</h1>
      <p>{tr('todo.intro')}</p>
      {user && claims && hasSchool(claims) ? (
        <FollowUps schoolId={claims.schoolId} viewer={{ uid: user.uid, role: claims.role }} />
      ) : (
        <div className="alert alert-info">{tr('todo.notForRole')}</div>
      )}
    </>
  );
}
