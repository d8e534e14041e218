/**
 * A horizontal bar chart drawn as plain SVG by React, no chart library: one row per value
 * with its label above the bar and its count written after it, so colour is never the only
 * cue. A hidden count is a hatched stub with its text ("minder dan 5"), never a length that
 * would give the number away. The chart is an image with its key sentence in `<title>` and
 * `<desc>`; the table beside it holds the same numbers.
 */
import { ChartFrame } from './ChartFrame.tsx';

export interface Bar {
  label: string;
  /** Undefined: hidden. */
  value: number | undefined;
  text: string;
}

const width = 480;
const labelHeight = 20;
const barHeight = 18;
const rowGap = 12;
const valueSpace = 110;

export function BarChart(props: { title: string; description: string; bars: readonly Bar[] }) {
  const { title, description, bars } = props;
  const largest = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const scale = (width - valueSpace) / largest;
  const rowHeight = labelHeight + barHeight + rowGap;
  const height = bars.length * rowHeight;
  return (
    <ChartFrame title={title} description={description} width={width} height={height}>
      {(hiddenFill) => (
        <>
          {bars.map((bar, index) => {
            const y = index * rowHeight;
            const length = bar.value === undefined ? 24 : Math.max(bar.value * scale, 1);
            return (
              <g key={bar.label}>
                <text x="0" y={y + 15} className="bo-chart__label">
                  {bar.label}
                </text>
                <rect
                  x="0"
                  y={y + labelHeight}
                  width={length}
                  height={barHeight}
                  className={bar.value === undefined ? 'bo-chart__bar--hidden' : 'bo-chart__bar'}
                  {...(bar.value === undefined ? { fill: hiddenFill } : {})}
                />
                <text x={length + 6} y={y + labelHeight + 14} className="bo-chart__value">
                  {bar.text}
                </text>
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
