import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ChartFigureProps = {
  title: string;
  hint?: string;
  /** The chart itself; hidden from assistive technology, which reads the table instead. */
  chart: ReactNode;
  /** The text or table alternative (always rendered, also used for print and CSV). */
  children: ReactNode;
};

/**
 * A dashboard section: heading, chart, and its table alternative. The chart is aria-hidden
 * because an SVG of bars says nothing to a screen reader; the table says everything.
 */
export function ChartFigure({ title, hint, chart, children }: ChartFigureProps) {
  const { t } = useTranslation('dashboard');
  const headingId = useId();
  return (
    <section className="dashboard-section card shadow-sm p-3 mb-4" aria-labelledby={headingId}>
      <h2 id={headingId} className="h4">
        {title}
      </h2>
      {hint && <p className="small mb-2 d-print-none">{hint}</p>}
      <p className="visually-hidden">{t('common.chartDescription', { title })}</p>
      <div className="dashboard-chart mb-3" aria-hidden="true">
        {chart}
      </div>
      {children}
    </section>
  );
}
