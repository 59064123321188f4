import { useTranslation } from 'react-i18next';

type ErrorFallbackProps = {
  title?: string;
  message?: string;
};

/**
 * Shown instead of any page that failed to render. Plain links and a full reload, not the
 * router, so it still works when the router or the app state is what broke.
 */
export function ErrorFallback({ title, message }: ErrorFallbackProps) {
  const { t } = useTranslation();
  return (
    <div className="py-4">
      <h1>{title ?? t('errors.unexpectedTitle')}</h1>
      <div className="alert alert-danger" role="alert">
        {message ?? t('errors.unexpected')}
      </div>
      <div className="d-flex flex-wrap gap-3">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
        <a className="btn btn-outline-primary" href="/">
          {t('common.home')}
        </a>
      </div>
    </div>
  );
}
