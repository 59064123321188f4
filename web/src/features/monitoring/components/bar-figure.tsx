import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export type FigureBar = { dataKey: string; name: string; fill: string };

/**
 * A bar chart for sighted readers (hidden from screen readers: the table next to it carries the
 * same figures): one category axis, one or more bars per category.
 */
export function BarFigure({
  data,
  categoryKey,
  bars,
  height,
  legend = false,
  className,
}: {
  data: readonly object[];
  categoryKey: string;
  bars: readonly FigureBar[];
  height: number;
  legend?: boolean;
  className?: string;
}) {
  return (
    <div aria-hidden="true" style={{ height }} className={className}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={categoryKey} />
          <YAxis />
          <Tooltip />
          {legend && <Legend />}
          {bars.map((bar) => (
            <Bar key={bar.dataKey} dataKey={bar.dataKey} name={bar.name} fill={bar.fill} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
