/**
 * "Monitor" (SWV reader, coördinator): what the steunpunt's contacts of an SWV add up to in
 * a period, without ever a person: key figures, a section per breakdown with a chart and
 * a table of the same protected counts, the trends, what rose or fell most, and the
 * signals. The SWV and the period stand in the URL (`?swv=…&periode=2026-H1`).
 */
import { useEffect, useState } from 'react';
import {
  dimensionNames,
  dimensions,
  type Dimension,
} from '../../../../../functions/monitor/monitor-types.ts';
import type { PeriodKind } from '../../../../../functions/monitor/periods.ts';
import { Alert } from '../ui/Alert.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { Breakdown } from './Breakdown.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { changeText, valueLabel } from './monitor-labels.ts';
import { monitorRoute, type MonitorAnswer } from './monitor-answer.ts';
import { MonitorDownloads } from './MonitorDownloads.tsx';
import { monitorUrl } from './monitor-url.ts';
import { PeriodChooser } from './PeriodChooser.tsx';
import { SignalTexts } from './SignalTexts.tsx';

export default function MonitorPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="monitor" allow={['swv-lezer', 'coordinator']}>
      {(me) => <Monitor me={me} />}
    </Shell>
  );
}

/** The breakdowns in the order the page shows them; signals have a section of their own. */
const breakdowns = dimensionNames.filter((dimension) => dimension !== 'signalCategory');

function Monitor({ me }: { me: Me }) {
  const [query] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    const asked = params.get('swv') ?? '';
    const swv = me.monitorTenants.some((t) => t.slug === asked)
      ? asked
      : (me.monitorTenants[0]?.slug ?? '');
    return { swv, period: params.get('periode') ?? '' };
  });
  const [loaded, setLoaded] = useState<Loaded<{ figures: MonitorAnswer }>>({ status: 'loading' });
  const tenant = me.monitorTenants.find((t) => t.slug === query.swv);

  useEffect(() => {
    if (!query.swv) return;
    void api(monitorRoute, {
      param: { swv: query.swv },
      query: query.period ? { period: query.period } : {},
    }).then((result) => {
      if (result.ok) setLoaded({ status: 'ready', figures: result.data });
      else if (result.status !== 401) {
        setLoaded({
          status: 'failed',
          message: result.problem.errors[0]?.message ?? result.problem.message,
        });
      }
    });
  }, [query]);

  useEffect(() => {
    if (loaded.status === 'ready') {
      document.title = `Monitor ${loaded.figures.current.period.label} – Backoffice`;
    }
  }, [loaded]);

  if (!tenant) {
    return (
      <>
        <h1 className="utrecht-heading-1">Monitor</h1>
        <Alert type="info">
          <p className="utrecht-paragraph">
            Je account hoort nog niet bij een samenwerkingsverband. Vraag de beheerder van het
            portaal om dat in te stellen.
          </p>
        </Alert>
      </>
    );
  }

  return (
    <>
      <h1 className="utrecht-heading-1">Monitor {tenant.name}</h1>
      <p className="utrecht-paragraph">
        Wat ouders, jongeren en professionals het steunpunt vroegen en meldden, in aantallen. Zonder
        namen en zonder wat mensen zelf schreven. Kleine aantallen tonen we niet, zodat niemand te
        herkennen is.
      </p>
      <LoadStatus loaded={loaded} />
      {loaded.status === 'failed' && query.period && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={monitorUrl(query.swv)}>
            Toon het laatste hele halfjaar
          </a>
        </p>
      )}
      {loaded.status === 'ready' && <Figures figures={loaded.figures} swv={query.swv} me={me} />}
    </>
  );
}

function Figures(props: { figures: MonitorAnswer; swv: string; me: Me }) {
  const { figures, swv, me } = props;
  const { current, periods } = figures;
  const empty = current.total.shown && current.total.value === 0;
  return (
    <>
      <PeriodChooser
        swv={swv}
        tenants={me.monitorTenants}
        kind={current.period.kind as PeriodKind}
        period={current.period}
        choices={periods}
      />
      {empty ? (
        <Alert type="info">
          <p className="utrecht-paragraph">
            In {current.period.label} had het steunpunt geen contacten voor dit
            samenwerkingsverband. Kies een andere periode.
          </p>
        </Alert>
      ) : (
        <>
          <KeyFigures figures={figures} />
          {figures.periods.brokenDown ? (
            <>
              <Changes figures={figures} />
              {breakdowns.map((dimension) => (
                <Breakdown figures={figures} dimension={dimension} key={dimension} />
              ))}
              <Breakdown figures={figures} dimension="signalCategory" />
            </>
          ) : (
            <WhereBreakdowns swv={swv} figures={figures} />
          )}
          <SignalTexts figures={figures} />
          <MonitorDownloads swv={swv} period={current.period} />
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
function WhereBreakdowns({ swv, figures }: { swv: string; figures: MonitorAnswer }) {
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
              <a className="utrecht-link utrecht-link--html-a" href={monitorUrl(swv, half.id)}>
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
