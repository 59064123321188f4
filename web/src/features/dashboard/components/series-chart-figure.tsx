import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Column } from '@/components/ui/columns';
import { ChartFigure } from './chart-figure';
import { DataTable } from '@/components/ui/data-table';

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

type SeriesChartFigureProps<T> = {
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
  /** Bars (the default) or lines. */
  kind?: 'bar' | 'line';
  /** 'vertical' lists the categories down the side, with bars running across. */
  layout?: 'horizontal' | 'vertical';
  /** Whole counts, or shares on a 0-100% scale. */
  values?: 'count' | 'percent';
  height?: number;
  legend?: boolean;
  /** Props of the category axis: room for long labels, every tick shown, tilted ticks. */
  categoryAxis?: { width?: number; height?: number; interval?: number; angle?: number };
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
  kind = 'bar',
  layout = 'horizontal',
  values = 'count',
  height = CHART_HEIGHT,
  legend = true,
  categoryAxis,
  onSelect,
  intro,
  children,
}: SeriesChartFigureProps<T>) {
  const data = rows.map((row) => ({
    [CATEGORY]: category(row),
    ...Object.fromEntries(series.map((s) => [s.key, s.value(row)])),
  }));
  const categoryAxisProps = { type: 'category', dataKey: CATEGORY, ...categoryAxis } as const;
  const valueAxisProps =
    values === 'percent'
      ? ({ type: 'number', domain: [0, 100], unit: '%' } as const)
      : ({ type: 'number', allowDecimals: false } as const);
  const vertical = layout === 'vertical';
  const select = onSelect
    ? (_entry: unknown, index: number) => {
        const row = rows[index];
        if (row) onSelect(row);
      }
    : undefined;
  const Chart = kind === 'line' ? LineChart : BarChart;
  return (
    <ChartFigure
      height={height}
      title={title}
      hint={hint}
      chart={
        // No animation: the dashboard draws several charts at once, and animating them only adds
        // main-thread work (Lighthouse's blocking time) that nobody needs to read them.
        <ResponsiveContainer width="100%" height={height}>
          <Chart data={data} layout={layout} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis {...(vertical ? valueAxisProps : categoryAxisProps)} />
            <YAxis {...(vertical ? categoryAxisProps : valueAxisProps)} />
            <Tooltip />
            {legend && <Legend />}
            {series.map((s) =>
              kind === 'line' ? (
                <Line
                  key={s.key}
                  type="monotone"
                  dataKey={s.key}
                  name={s.name}
                  stroke={s.color}
                  strokeWidth={2}
                  unit={s.unit}
                  isAnimationActive={false}
                />
              ) : (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  fill={s.color}
                  stackId={s.stack}
                  unit={s.unit}
                  cursor={select ? 'pointer' : undefined}
                  onClick={select}
                  isAnimationActive={false}
                />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
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
