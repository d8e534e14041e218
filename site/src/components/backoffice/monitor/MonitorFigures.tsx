/**
 * The figures of one monitor answer as the SWV's monitor and the national one both show
 * them: the period chooser handed in, key figures, and for a half year what rose or fell
 * most and a section per breakdown (chart and table); for another kind of period, where
 * the breakdowns are instead. What only an SWV's monitor has (signal texts, downloads)
 * comes in as children.
 */
import type { ReactNode } from 'react';
import {
  dimensionNames,
  dimensions,
  type Dimension,
} from '../../../../../functions/monitor/monitor-types.ts';
import { Alert } from '../ui/Alert.tsx';
import { Breakdown } from './Breakdown.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import type { MonitorAnswer } from './monitor-answer.ts';
import { changeText, valueLabel } from './monitor-labels.ts';

/** The page's address for another period of the same view. */
type UrlOf = (period: string) => string;

/** The breakdowns in the order the page shows them; the signals' category comes last. */
const breakdowns = dimensionNames.filter((dimension) => dimension !== 'signalCategory');

export function MonitorFigures(props: {
  figures: MonitorAnswer;
  chooser: ReactNode;
  urlOf: UrlOf;
  /** What the page says for a period without any contact. */
  emptyText: string;
  /** Who had the contacts, for the key figures' sentence (KeyFigures). */
  had?: string;
  children?: ReactNode;
}) {
  const { figures, chooser, urlOf, emptyText, had, children } = props;
  const { current } = figures;
  const empty = current.total.shown && current.total.value === 0;
  return (
    <>
      {chooser}
      {empty ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{emptyText}</p>
        </Alert>
      ) : (
        <>
          <KeyFigures figures={figures} {...(had ? { had } : {})} />
          {figures.periods.brokenDown ? (
            <>
              <Changes figures={figures} />
              {breakdowns.map((dimension) => (
                <Breakdown figures={figures} dimension={dimension} key={dimension} />
              ))}
              <Breakdown figures={figures} dimension="signalCategory" />
            </>
          ) : (
            <WhereBreakdowns figures={figures} urlOf={urlOf} />
          )}
          {children}
        </>
      )}
    </>
  );
}

/** The largest rises and falls against the previous period, from shown counts only. */
function Changes({ figures }: { figures: MonitorAnswer }) {
  const { changes, previous } = figures;
  const listed = changes.slice(0, 6);
  return (
    <section aria-labelledby="verschillen" className="bo-monitor__section">
      <h2 className="utrecht-heading-2" id="verschillen">
        Wat steeg of daalde het meest
      </h2>
      {listed.length === 0 ? (
        <p className="utrecht-paragraph">
          Er zijn geen verschillen met {previous.period.label} die groot genoeg zijn om te tonen.
        </p>
      ) : (
        <ul className="utrecht-unordered-list">
          {listed.map((change) => (
            <li
              className="utrecht-unordered-list__item"
              key={`${change.dimension}-${change.value}`}
            >
              {dimensions[change.dimension as Dimension]}:{' '}
              {valueLabel(change.dimension as Dimension, change.value)}, van {change.from} naar{' '}
              {change.to} ({changeText(change.from, change.to)} dan in {previous.period.label})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A month, quarter or school year shows totals only: a breakdown of it beside the half
 * year's could be subtracted to find a hidden count (functions/monitor/breakdown-periods.ts).
 */
function WhereBreakdowns({ figures, urlOf }: { figures: MonitorAnswer; urlOf: UrlOf }) {
  const halves = figures.periods.breakdownsIn;
  return (
    <section aria-labelledby="uitsplitsingen" className="bo-monitor__section">
      <h2 className="utrecht-heading-2" id="uitsplitsingen">
        Onderwerpen, wie contact opnam en andere uitsplitsingen
      </h2>
      <p className="utrecht-paragraph">
        Die zie je per halfjaar. Per maand, kwartaal of schooljaar tonen we alleen de totalen.
        Anders kun je door perioden van elkaar af te trekken toch een klein aantal terugrekenen.
      </p>
      {halves.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {halves.map((half) => (
            <li className="utrecht-unordered-list__item" key={half.id}>
              <a className="utrecht-link utrecht-link--html-a" href={urlOf(half.id)}>
                Uitsplitsingen van {half.label}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">
          Het halfjaar waar {figures.current.period.label} in valt, loopt nog. De uitsplitsingen
          komen als het voorbij is.
        </p>
      )}
    </section>
  );
}
