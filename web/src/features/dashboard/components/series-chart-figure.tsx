import { lazy, Suspense, type ReactNode } from 'react';
import type { Column } from '@/components/ui/columns';
import { DataTable } from '@/components/ui/data-table';
import { ChartFigure } from './chart-figure';
import type { ChartDrawing } from './series-chart';

// recharts is most of the dashboard's code: it loads with the first chart near the viewport,
// after the figures and tables, which carry the same data, are on screen.
const SeriesChart = lazy(() => import('./series-chart'));

/** One set of bars, or one line, drawn from a value of every row. */
export type Series<T> = {
  key: string;
  /** The name in the legend and the tooltip. */
  name: string;
  color: string;
  /** Null leaves the mark out (a suppressed count is not drawn as a guess). */
  value: (row: T) => number | null;
  /** Bars sharing a stack id are drawn on top of each other. */
  stack?: string;
  /** Appended to the value in the tooltip. */
  unit?: string;
};

type SeriesChartFigureProps<T> = ChartDrawing & {
  title: string;
  hint?: string;
  rows: T[];
  rowKey: (row: T) => string;
  /** The row's label along the category axis. */
  category: (row: T) => string;
  series: Series<T>[];
  /** The table alternative; its first column names the row. */
  columns: Column<T>[];
  /** File name of the CSV export, without extension. */
  fileName: string;
  height?: number;
  /** Makes the bars clickable: the row a bar stands for. */
  onSelect?: (row: T) => void;
  /** Shown between the chart and the table. */
  intro?: ReactNode;
  /** Shown after the table. */
  children?: ReactNode;
};

/** The height of a chart with a fixed number of categories. */
export const CHART_HEIGHT = 260;
const CATEGORY = 'category';

/**
 * A dashboard figure declared by what is specific to it: rows, the series drawn from them,
 * and the table columns. The chart and its table always show the same rows.
 */
export function SeriesChartFigure<T>({
  title,
  hint,
  rows,
  rowKey,
  category,
  series,
  columns,
  fileName,
  onSelect,
  intro,
  children,
  ...drawing
}: SeriesChartFigureProps<T>) {
  const height = drawing.height ?? CHART_HEIGHT;
  const data = rows.map((row) => ({
    [CATEGORY]: category(row),
    ...Object.fromEntries(series.map((s) => [s.key, s.value(row)])),
  }));
  const select = onSelect
    ? (index: number) => {
        const row = rows[index];
        if (row) onSelect(row);
      }
    : undefined;
  return (
    <ChartFigure
      height={height}
      title={title}
      hint={hint}
      chart={
        <Suspense fallback={null}>
          <SeriesChart
            {...drawing}
            height={height}
            data={data}
            categoryKey={CATEGORY}
            series={series}
            onSelect={select}
          />
        </Suspense>
      }
    >
      {intro}
      <DataTable
        caption={title}
        fileName={fileName}
        rows={rows}
        rowKey={rowKey}
        columns={columns}
      />
      {children}
    </ChartFigure>
  );
}
