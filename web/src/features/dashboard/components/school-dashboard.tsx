import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { useSchoolStats } from '../api/get-school-stats';
import { HeadDashboard } from './head-dashboard';

/** Loads the school's stats document and shows the dashboard, or why it cannot. */
export function SchoolDashboard({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('dashboard');
  const query = useSchoolStats(schoolId);
  if (query.isPending) return <Loading label={t('common.loading')} />;
  if (query.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        {t('common.error')}
      </div>
    );
  }
  if (!query.data) {
    return (
      <>
        <h1>{t('head.title')}</h1>
        <div className="alert alert-info" role="status">
          {t('common.notComputed')}
        </div>
      </>
    );
  }
  return <HeadDashboard stats={query.data} />;
}
