import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

type DashboardHeaderProps = {
  title: string;
  /** A line under the title, e.g. the school's name. */
  subtitle?: string;
  /** When the stats document was computed. */
  computedAt: Date;
};

/** The page heading, the age of the figures, and a print button (the report is printable). */
export function DashboardHeader({ title, subtitle, computedAt }: DashboardHeaderProps) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="lead mb-1">{subtitle}</p>}
        <p className="small">
          {t('common.computedAt', { date: formatDate(computedAt, currentLanguage()) })}
        </p>
      </div>
      <button type="button" className="btn btn-primary d-print-none" onClick={() => window.print()}>
        {t('common.print')}
      </button>
    </div>
  );
}
