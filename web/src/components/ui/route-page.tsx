import { useTranslation } from 'react-i18next';

/** The document title of a route: the page's name, then the app's. */
export function DocumentTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{`${title} – ${t('app.name')}`}</title>;
}

/** What a role that may not open a page sees: the page's heading and why not. */
export function NotAllowed({ title, message }: { title: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <div className="alert alert-warning" role="alert">
        {message}
      </div>
    </>
  );
}
