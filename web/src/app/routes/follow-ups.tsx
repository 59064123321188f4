import { useTranslation } from 'react-i18next';
import '@/features/risk/locales';
import { useAuth } from '@/features/auth/lib/auth-context';
import { hasSchool } from '@/features/pupils/lib/types';
import { FollowUps } from '@/features/risk/components/follow-ups-page';
import { OverdueReferrals } from '@/features/referrals/components/overdue-referrals';
import { IncomingTransitions } from '@/features/orientation/components/transitions-panel';

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
        <>
          <FollowUps schoolId={claims.schoolId} viewer={{ uid: user.uid, role: claims.role }} />
          {/* The referrals this person sent that the service has not answered in time. */}
          <OverdueReferrals schoolId={claims.schoolId} scope={{ uid: user.uid }} />
          {/* Pupils who came from another school: the end-of-first-term check (issue 14). */}
          {(claims.role === 'head' || claims.role === 'referent') && (
            <IncomingTransitions schoolId={claims.schoolId} openOnly />
          )}
        </>
      ) : (
        <div className="alert alert-info">{tr('todo.notForRole')}</div>
      )}
    </>
  );
}
