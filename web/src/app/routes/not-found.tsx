import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('errors.notFoundTitle')} – ${t('app.name')}`}</title>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <Link className="btn btn-primary" to="/">
        {t('common.home')}
      </Link>
    </>
  );
}
