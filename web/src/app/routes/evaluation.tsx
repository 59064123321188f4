import { useTranslation } from 'react-i18next';
import '@/features/evaluation/locales';
import { Loading } from '@/components/ui/loading';
import { useAuth } from '@/features/auth/lib/auth-context';
import { EvaluationPage } from '@/features/evaluation/components/evaluation-page';
import { useSchool } from '@/features/pupils/api/get-school';

/**
 * /valutazione-segnalazioni: the flags scored on last year's outcomes, for the head, the
 * referent and class coordinators. Features do not import each other, so the school's settings
 * (NAI span, thresholds) are read here and handed to the page.
 */
export function EvaluationRoute() {
  const { t } = useTranslation('evaluation');
  const { t: tApp } = useTranslation();
  const { claims } = useAuth();
  const role = claims?.role;
  const allowed =
    claims && (role === 'head' || role === 'referent' || role === 'coordinator') ? role : null;
  return (
    <>
      <title>{`${t('title')} – ${tApp('app.name')}`}</title>
      <h1>{t('title')}</h1>
      {claims && 'schoolId' in claims && allowed ? (
        <SchoolEvaluation schoolId={claims.schoolId} role={allowed} />
      ) : (
        <div className="alert alert-warning" role="alert">
          {t('notAllowed')}
        </div>
      )}
    </>
  );
}

function SchoolEvaluation({
  schoolId,
  role,
}: {
  schoolId: string;
  role: 'head' | 'referent' | 'coordinator';
}) {
  const { t } = useTranslation();
  const schoolQuery = useSchool(schoolId);
  if (schoolQuery.isPending) return <Loading label={t('common.loading')} />;
  // An unreadable school document leaves the domain defaults, which the page says it uses.
  return (
    <EvaluationPage settings={schoolQuery.data?.settings ?? null} viewer={{ schoolId, role }} />
  );
}
