import { useTranslation } from 'react-i18next';
import '@/features/records/locales';
import { Link } from 'react-router';

type ClassLink = { id: string; name: string; site: string };

/** Links to the class views of the user's classes (above "I miei alunni"). */
export function ClassLinks({ classes }: { classes: ClassLink[] }) {
  const { t } = useTranslation('records');
  if (classes.length === 0) return null;
  return (
    <nav aria-labelledby="my-classes-title" className="mb-4">
      <h2 id="my-classes-title" className="h4">
        {t('classes.title')}
      </h2>
      <ul className="list-inline mb-0">
        {classes.map((c) => (
          <li key={c.id} className="list-inline-item me-3">
            <Link to={`/classi/${c.id}`} aria-label={t('classes.linkLabel', c)}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
