/**
 * Small multiples as plain SVG: per value a row of columns, one per period (oldest left),
 * each row scaled to its own largest count so a small value's course is visible too, with
 * the first and last count written by its label. A hidden count is a hatched stub. The table
 * beside it holds every number.
 */
import { ChartFrame } from './ChartFrame.tsx';

export interface TrendRow {
  label: string;
  /** Per period, oldest first; undefined: hidden. */
  values: readonly (number | undefined)[];
  /** The first and the last period's count as text. */
  firstText: string;
  lastText: string;
}

const width = 480;
const labelHeight = 20;
const barsHeight = 36;
const rowGap = 14;

export function TrendChart(props: {
  title: string;
  description: string;
  rows: readonly TrendRow[];
}) {
  const { title, description, rows } = props;
  const rowHeight = labelHeight + barsHeight + rowGap;
  const periods = Math.max(1, ...rows.map((row) => row.values.length));
  const step = width / periods;
  return (
    <ChartFrame
      title={title}
      description={description}
      width={width}
      height={rows.length * rowHeight}
    >
      {(hiddenFill) => (
        <>
          {rows.map((row, index) => {
            const top = index * rowHeight;
            const base = top + labelHeight + barsHeight;
            const largest = Math.max(1, ...row.values.map((value) => value ?? 0));
            return (
              <g key={row.label}>
                <text x="0" y={top + 15} className="bo-chart__label">
                  {row.label}:{' '}
                  <tspan className="bo-chart__value">
                    {row.firstText} → {row.lastText}
                  </tspan>
                </text>
                <line x1="0" x2={periods * step} y1={base} y2={base} className="bo-chart__axis" />
                {row.values.map((value, column) => {
                  const height =
                    value === undefined ? 8 : Math.max((value / largest) * barsHeight, 1);
                  return (
                    <rect
                      key={column}
                      x={column * step + 2}
                      y={base - height}
                      width={Math.max(step - 4, 2)}
                      height={height}
                      className={value === undefined ? 'bo-chart__bar--hidden' : 'bo-chart__bar'}
                      {...(value === undefined ? { fill: hiddenFill } : {})}
                    />
                  );
                })}
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}
