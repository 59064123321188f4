import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/features/dashboard/locales';
import { useNearViewport } from '../lib/use-near-viewport';

type ChartFigureProps = {
  title: string;
  hint?: string;
  /** The chart itself; hidden from assistive technology, which reads the table instead. */
  chart: ReactNode;
  /** The chart's height in px: the space is kept while the chart waits to be drawn. */
  height: number;
  /** The text or table alternative (always rendered, also used for print and CSV). */
  children: ReactNode;
};

/**
 * A dashboard section: heading, chart, and its table alternative. The chart is aria-hidden
 * because an SVG of bars says nothing to a screen reader; the table says everything.
 */
export function ChartFigure({ title, hint, chart, height, children }: ChartFigureProps) {
  const { t } = useTranslation('dashboard');
  const headingId = useId();
  // Drawn when near the viewport (or printed): the tables below carry the same data at once.
  const { ref, near } = useNearViewport<HTMLDivElement>();
  return (
    <section className="dashboard-section card shadow-sm p-3 mb-4" aria-labelledby={headingId}>
      <h2 id={headingId} className="h4">
        {title}
      </h2>
      {hint && <p className="small mb-2 d-print-none">{hint}</p>}
      <p className="visually-hidden">{t('common.chartDescription', { title })}</p>
      <div
        ref={ref}
        className="dashboard-chart mb-3"
        aria-hidden="true"
        style={{ minHeight: height }}
      >
        {near && chart}
      </div>
      {children}
    </section>
  );
}
