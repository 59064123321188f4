import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { hasSchool } from '@/features/pupils/lib/types';
import { ReviewQueue } from '@/features/risk/components/review-queue';

export function ReviewQueueRoute() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation('risk');
  const { user, claims } = useAuth();
  return (
    <>
      <title>{`${tr('queue.pageTitle')} – ${t('app.name')}`}</title>
      <h1>{tr('queue.pageTitle')}</h1>
      <p>{tr('queue.intro')}</p>
      {user && claims && hasSchool(claims) ? (
        <ReviewQueue schoolId={claims.schoolId} viewer={{ uid: user.uid, role: claims.role }} />
      ) : (
        <div className="alert alert-info">{tr('queue.notForRole')}</div>
      )}
    </>
  );
}
