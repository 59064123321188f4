import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { logs } from '@/lib/logs';
import { ErrorFallback } from './error-fallback';

/** errorElement of every route: a failed render or lazy import never leaves a blank page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();

  useEffect(() => {
    logs.unexpectedError('route', error);
  }, [error]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorFallback title={t('errors.notFoundTitle')} message={t('errors.notFound')} />;
  }
  return <ErrorFallback />;
}

/** Root errorElement: the layout itself failed, so the fallback brings its own landmark. */
export function RootError() {
  return (
    <main id="main-content" className="container my-4">
      <RouteError />
    </main>
  );
}
