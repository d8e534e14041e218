/**
 * One breakdown (topic, role, …) of the chosen period: a bar chart with a table beside it
 * holding the same protected counts, then its course over the last periods, again as a
 * chart and a table. Values are ordered by their count in the chosen period, hidden ones
 * last, so the chart reads from large to small.
 */
import { dimensions, type Dimension } from '../../../../../functions/monitor/monitor-types.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { BarChart } from './BarChart.tsx';
import { countText, countValue, valueLabel } from './monitor-labels.ts';
import type { FiguresAnswer, MonitorAnswer } from './monitor-answer.ts';
import { TrendChart } from './TrendChart.tsx';

const cell = 'utrecht-table__cell';
const numeric = 'utrecht-table__cell utrecht-table__cell--numeric';

/** Every value counted in any period of the answer, largest in the chosen period first. */
function valuesOf(figures: FiguresAnswer, dimension: Dimension): string[] {
  const all = new Set<string>();
  for (const counts of [figures.current, figures.previous, figures.yearEarlier, ...figures.trend]) {
    for (const value of Object.keys(counts.byDimension[dimension])) all.add(value);
  }
  // A case without a signal counts as `none`: not a signal, so not in the signals' chart.
  if (dimension === 'signalCategory') all.delete('none');
  const now = (value: string) => countValue(figures.current.byDimension[dimension][value]) ?? -1;
  return [...all].sort((a, b) => now(b) - now(a) || a.localeCompare(b, 'nl'));
}

export function Breakdown(props: { figures: FiguresAnswer; dimension: Dimension }) {
  const { figures, dimension } = props;
  const { threshold, current, previous, yearEarlier, trend } = figures;
  const name = dimensions[dimension];
  const values = valuesOf(figures, dimension);
  const headingId = `verdeling-${dimension}`;
  const text = (counts: MonitorAnswer['current'], value: string) => {
    const count = counts.byDimension[dimension][value];
    return count ? countText(count, threshold) : '0';
  };

  if (values.length === 0) {
    return (
      <section aria-labelledby={headingId} className="bo-monitor__section">
        <h2 className="utrecht-heading-2" id={headingId}>
          {name}
        </h2>
        <p className="utrecht-paragraph">Hierover is in {current.period.label} niets geteld.</p>
      </section>
    );
  }

  const bars = values.map((value) => ({
    label: valueLabel(dimension, value),
    value: countValue(current.byDimension[dimension][value]),
    text: text(current, value),
  }));
  const largest = bars.find((bar) => bar.value !== undefined && bar.value > 0);
  const keySentence = largest
    ? `${name} in ${current.period.label}: het meest ${largest.label}, ${largest.text}.`
    : `${name} in ${current.period.label}: geen aantal groot genoeg om te tonen.`;
  const first = trend[0];
  const last = trend[trend.length - 1];

  return (
    <section aria-labelledby={headingId} className="bo-monitor__section">
      <h2 className="utrecht-heading-2" id={headingId}>
        {name}
      </h2>
      <div className="bo-monitor__pair">
        <BarChart
          title={`${name}, ${current.period.label}`}
          description={keySentence}
          bars={bars}
        />
        <DataTable
          captionId={`${headingId}-tabel`}
          caption={`${name}: aantal contacten`}
          columns={[name, current.period.label, previous.period.label, yearEarlier.period.label]}
        >
          {values.map((value) => (
            <tr className="utrecht-table__row" key={value}>
              <th className={cell} scope="row">
                {valueLabel(dimension, value)}
              </th>
              <td className={numeric}>{text(current, value)}</td>
              <td className={numeric}>{text(previous, value)}</td>
              <td className={numeric}>{text(yearEarlier, value)}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      {first && last && trend.length > 1 && (
        <>
          <h3 className="utrecht-heading-3" id={`${headingId}-verloop`}>
            {name}: verloop van {first.period.label} tot en met {last.period.label}
          </h3>
          <div className="bo-monitor__pair">
            <TrendChart
              title={`${name}: verloop over ${trend.length} perioden`}
              description={`Per waarde het aantal contacten van ${first.period.label} tot en met ${last.period.label}. Elke rij heeft haar eigen schaal. De tabel ernaast geeft alle aantallen.`}
              rows={values.map((value) => ({
                label: valueLabel(dimension, value),
                values: trend.map((counts) => countValue(counts.byDimension[dimension][value])),
                firstText: text(first, value),
                lastText: text(last, value),
              }))}
            />
            <DataTable
              captionId={`${headingId}-verloop-tabel`}
              caption={`${name}: aantal contacten per periode`}
              columns={[name, ...trend.map((counts) => counts.period.label)]}
            >
              {values.map((value) => (
                <tr className="utrecht-table__row" key={value}>
                  <th className={cell} scope="row">
                    {valueLabel(dimension, value)}
                  </th>
                  {trend.map((counts) => (
                    <td className={numeric} key={counts.period.id}>
                      {text(counts, value)}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </div>
        </>
      )}
    </section>
  );
}
