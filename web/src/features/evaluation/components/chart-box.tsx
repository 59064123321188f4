import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/** Bootstrap Italia's primary blue and a dark amber, both readable on white (WCAG AA). */
export const CHART_COLORS = {
  primary: '#0066cc',
  warning: '#a66300',
  muted: '#5c6f82',
  success: '#008055',
} as const;

/** A ratio as a 0-100 value for a chart axis; null leaves the mark out. */
export const percentOf = (ratio: number | null) =>
  ratio === null ? null : Math.round(ratio * 1000) / 10;

/**
 * A chart hidden from assistive technology, which reads the table that follows it instead: an
 * SVG of bars or points says nothing to a screen reader, the table says everything.
 */
export function ChartBox({
  description,
  height,
  children,
}: {
  description: string;
  height: number;
  children: ReactElement;
}) {
  return (
    <>
      <p className="visually-hidden">{description}</p>
      <div className="mb-3" aria-hidden="true" style={{ minHeight: height }}>
        <ResponsiveContainer width="100%" height={height}>
          {children}
        </ResponsiveContainer>
      </div>
    </>
  );
}
