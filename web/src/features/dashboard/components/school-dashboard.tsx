import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { useSchoolStats } from '../api/get-school-stats';
import { HeadDashboard } from './head-dashboard';
import { StatsQuery } from './stats-query';

/** Loads the school's stats document and shows the dashboard, or why it cannot. */
export function SchoolDashboard({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation('dashboard');
  const query = useSchoolStats(schoolId);
  return (
    <StatsQuery query={query} title={t('head.title')} emptyMessage={t('common.notComputed')}>
      {(stats) => <HeadDashboard stats={stats} />}
    </StatsQuery>
  );
}
