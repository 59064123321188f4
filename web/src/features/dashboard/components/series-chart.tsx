// The recharts drawing of a SeriesChartFigure, in its own module so that recharts loads only
// when a chart is about to be seen (series-chart-figure.tsx imports it lazily).
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

/** A series as drawn: what the chart needs of a Series, without its value function. */
export type DrawnSeries = {
  key: string;
  name: string;
  color: string;
  stack?: string;
  unit?: string;
};

/** How a figure's chart is drawn (the figure passes these on as they are). */
export type ChartDrawing = {
  /** Bars (the default) or lines. */
  kind?: 'bar' | 'line';
  /** 'vertical' lists the categories down the side, with bars running across. */
  layout?: 'horizontal' | 'vertical';
  /** Whole counts, or shares on a 0-100% scale. */
  values?: 'count' | 'percent';
  legend?: boolean;
  /** Props of the category axis: room for long labels, every tick shown, tilted ticks. */
  categoryAxis?: { width?: number; height?: number; interval?: number; angle?: number };
};

export type SeriesChartProps = ChartDrawing & {
  /** One entry per row: the category under `categoryKey`, each series' value under its key. */
  data: Record<string, string | number | null>[];
  categoryKey: string;
  series: DrawnSeries[];
  height: number;
  /** Called with the index of the row whose bar was clicked. */
  onSelect?: (index: number) => void;
};

export default function SeriesChart({
  data,
  categoryKey,
  series,
  kind = 'bar',
  layout = 'horizontal',
  values = 'count',
  height,
  legend = true,
  categoryAxis,
  onSelect,
}: SeriesChartProps) {
  const categoryAxisProps = { type: 'category', dataKey: categoryKey, ...categoryAxis } as const;
  const valueAxisProps =
    values === 'percent'
      ? ({ type: 'number', domain: [0, 100], unit: '%' } as const)
      : ({ type: 'number', allowDecimals: false } as const);
  const vertical = layout === 'vertical';
  const select = onSelect ? (_entry: unknown, index: number) => onSelect(index) : undefined;
  const Chart = kind === 'line' ? LineChart : BarChart;
  // No animation: the dashboard draws several charts at once, and animating them only adds
  // main-thread work (Lighthouse's blocking time) that nobody needs to read them.
  return (
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
  );
}
