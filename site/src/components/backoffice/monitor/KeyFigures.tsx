/**
 * The chosen period at a glance: contacts, the Oudercafé and the share answered within
 * the response target, each next to the previous period and the same period a year
 * earlier, in one table; then the course of the contacts over the last periods.
 */
import type { Shown } from '../../../../../functions/monitor/monitor-types.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { changeText, countText, countValue } from './monitor-labels.ts';
import type { Counts, FiguresAnswer } from './monitor-answer.ts';
import { TrendChart } from './TrendChart.tsx';

const numeric = 'utrecht-table__cell utrecht-table__cell--numeric';

const rows: { label: string; count: (counts: Counts) => Shown }[] = [
  { label: 'Contacten (vragen en meldingen)', count: (counts) => counts.total },
  { label: 'Bijeenkomsten Oudercafé', count: (counts) => counts.meetings.meetings },
  { label: 'Aanmeldingen Oudercafé', count: (counts) => counts.meetings.signUps },
  { label: 'Aanwezig bij het Oudercafé', count: (counts) => counts.meetings.attended },
];

/** "12 meer dan 2e halfjaar 2025", or nothing when either count is hidden. */
function comparison(now: Shown, before: Shown, label: string) {
  const from = countValue(before);
  const to = countValue(now);
  if (from === undefined || to === undefined) return undefined;
  const change = changeText(from, to);
  return change === 'gelijk' ? `evenveel als in ${label}` : `${change} dan in ${label}`;
}

const percentText = (percent: number | undefined) =>
  percent === undefined ? 'niet getoond' : `${percent}%`;

export function KeyFigures({
  figures,
  had = 'had het steunpunt',
}: {
  figures: FiguresAnswer;
  /** Who had the contacts, as the sentence says it: "had het steunpunt". */
  had?: string;
}) {
  const { threshold, current, previous, yearEarlier, trend } = figures;
  const against = [
    comparison(current.total, previous.total, previous.period.label),
    comparison(current.total, yearEarlier.total, yearEarlier.period.label),
  ].filter(Boolean);
  const first = trend[0];
  const last = trend[trend.length - 1];
  return (
    <section aria-labelledby="kerncijfers" className="bo-monitor__section">
      <h2 className="utrecht-heading-2" id="kerncijfers">
        Kerncijfers {current.period.label}
      </h2>
      <p className="utrecht-paragraph">
        In {current.period.label} {had} <strong>{countText(current.total, threshold)}</strong>{' '}
        contacten
        {against.length > 0 ? `: ${against.join(', en ')}` : ''}.
        {current.withinTargetPercent !== undefined
          ? ` ${current.withinTargetPercent}% kreeg op tijd een eerste antwoord.`
          : ''}
      </p>
      <DataTable
        captionId="kerncijfers-tabel"
        caption="Kerncijfers, met de vorige periode en een jaar eerder"
        columns={['Wat', current.period.label, previous.period.label, yearEarlier.period.label]}
      >
        {rows.map((row) => (
          <tr className="utrecht-table__row" key={row.label}>
            <th className="utrecht-table__cell" scope="row">
              {row.label}
            </th>
            {[current, previous, yearEarlier].map((counts) => (
              <td className={numeric} key={counts.period.id}>
                {countText(row.count(counts), threshold)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="utrecht-table__row">
          <th className="utrecht-table__cell" scope="row">
            Op tijd een eerste antwoord
          </th>
          {[current, previous, yearEarlier].map((counts) => (
            <td className={numeric} key={counts.period.id}>
              {percentText(counts.withinTargetPercent)}
            </td>
          ))}
        </tr>
      </DataTable>
      <p className="utrecht-paragraph bo-monitor__note">
        Een aantal van 1 tot en met {threshold - 1} zie je als ‘minder dan {threshold}’. ‘Verborgen’
        staat bij een aantal dat je anders zou kunnen uitrekenen. Een percentage zie je alleen als
        het over minstens 20 vragen gaat.
      </p>
      {first && last && trend.length > 1 && (
        <div className="bo-monitor__pair">
          <TrendChart
            title={`Contacten van ${first.period.label} tot en met ${last.period.label}`}
            description={`Het aantal contacten ging van ${countText(first.total, threshold)} in ${first.period.label} naar ${countText(last.total, threshold)} in ${last.period.label}.`}
            rows={[
              {
                label: 'Contacten',
                values: trend.map((counts) => countValue(counts.total)),
                firstText: countText(first.total, threshold),
                lastText: countText(last.total, threshold),
              },
            ]}
          />
          <DataTable
            captionId="kerncijfers-verloop"
            caption="Contacten per periode"
            columns={['Periode', 'Contacten']}
          >
            {trend.map((counts) => (
              <tr className="utrecht-table__row" key={counts.period.id}>
                <th className="utrecht-table__cell" scope="row">
                  {counts.period.label}
                </th>
                <td className={numeric}>{countText(counts.total, threshold)}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </section>
  );
}
