import { useTranslation } from 'react-i18next';
import '@/features/orientation/locales';
import { Link, useParams } from 'react-router';
import { useAuth } from '@/features/auth/lib/auth-context';
import { useTransition } from '@/features/orientation/api/orientation';
import { HandoverSheet } from '@/features/orientation/components/print-documents';
import { SteeringCheck } from '@/features/orientation/components/steering-check';
import {
  IncomingTransitions,
  OutgoingTransitions,
} from '@/features/orientation/components/transitions-panel';

const ROLES = ['head', 'referent'];

/**
 * /orientamento: for the head and the referent, the steering check of this year's consigli di
 * orientamento, the advice by group, and the transitions: pupils who came with a handover
 * sheet (the end-of-term task) and pupils who left ("left school" cases in red).
 */
export function OrientationRoute() {
  const { t } = useTranslation('orientation');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const allowed = claims && ROLES.includes(claims.role) && 'schoolId' in claims;
  return (
    <>
      <title>{`${t('title')} – ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      {allowed && claims.schoolId ? (
        <>
          <SteeringCheck schoolId={claims.schoolId} />
          <IncomingTransitions schoolId={claims.schoolId} />
          <OutgoingTransitions schoolId={claims.schoolId} />
        </>
      ) : (
        <div className="alert alert-warning" role="alert">
          {t('notAllowed')}
        </div>
      )}
    </>
  );
}

/** /orientamento/passaggi/:transitionId: the handover sheet (both schools' head and referent). */
export function HandoverRoute() {
  const { t } = useTranslation('orientation');
  const { t: tApp } = useTranslation();
  const { transitionId = '' } = useParams();
  const query = useTransition(transitionId);
  return (
    <>
      <title>{`${t('handover.title')} – ${tApp('app.name')}`}</title>
      <p className="d-print-none">
        <Link to="/orientamento">{t('title')}</Link>
      </p>
      {query.isPending ? (
        <p>{t('loading')}</p>
      ) : query.data ? (
        <HandoverSheet transition={query.data} />
      ) : (
        <div className="alert alert-warning" role="alert">
          {t('handover.notFound')}
        </div>
      )}
    </>
  );
}
