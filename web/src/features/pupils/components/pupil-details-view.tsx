import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { InvalidDocumentError } from '@/lib/invalid-document-error';
import { isAccessDenied } from '@/lib/errors';
import type { PupilWithClass } from '../api/get-pupil';
import { PupilProfile } from './pupil-profile';

export type PupilDetailsState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown; onRetry?: () => void }
  | { status: 'success'; data: PupilWithClass; naiMonths: number; asOf: Date };

/** Presentational: every state of the pupil page, each with a heading and a way out. */
export function PupilDetailsView({
  state,
  children,
}: {
  state: PupilDetailsState;
  /** Shown below the profile when the pupil has loaded. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const backLink = (
    <p className="mt-4">
      <Link to="/alunni">{t('pupil.backToList')}</Link>
    </p>
  );

  if (state.status === 'pending') {
    return (
      <>
        <h1>{t('pupil.pageTitle')}</h1>
        <Loading label={t('pupil.loading')} />
      </>
    );
  }

  if (state.status === 'error') {
    const denied = isAccessDenied(state.error);
    let message: string = t('pupil.error');
    if (denied) message = t('pupil.accessDenied');
    else if (state.error instanceof InvalidDocumentError) message = t('errors.invalidData');
    return (
      <>
        <h1>{t('pupil.pageTitle')}</h1>
        <div className="alert alert-danger" role="alert">
          {message}
        </div>
        {!denied && state.onRetry && (
          <button type="button" className="btn btn-outline-primary" onClick={state.onRetry}>
            {t('common.retry')}
          </button>
        )}
        {backLink}
      </>
    );
  }

  const { pupil, schoolClass } = state.data;
  return (
    <>
      <h1>
        {pupil.lastName} {pupil.firstName}
      </h1>
      <p className="lead">
        {t('pupil.classLabel')}:{' '}
        {schoolClass ? `${schoolClass.name} – ${schoolClass.site}` : t('pupils.unknownClass')}
      </p>
      <section aria-labelledby="pupil-profile-title">
        <h2 id="pupil-profile-title">{t('pupil.profileTitle')}</h2>
        <PupilProfile pupil={pupil} naiMonths={state.naiMonths} asOf={state.asOf} />
      </section>
      {children}
      {backLink}
    </>
  );
}
