/**
 * "Monitor" (SWV reader, coördinator): what the steunpunt's contacts of an SWV add up to in
 * a period, without ever a person: key figures, a section per breakdown with a chart and
 * a table of the same protected counts, the trends, what rose or fell most, and the
 * signals. The SWV and the period stand in the URL (`?swv=…&periode=2026-H1`).
 */
import { useEffect, useState } from 'react';
import type { PeriodKind } from '../../../../../functions/monitor/periods.ts';
import { Alert } from '../ui/Alert.tsx';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { monitorRoute, type MonitorAnswer } from './monitor-answer.ts';
import { MonitorFigures } from './MonitorFigures.tsx';
import { MonitorDownloads } from './MonitorDownloads.tsx';
import { useMonitorQuery } from './use-monitor-query.ts';
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

function Monitor({ me }: { me: Me }) {
  const query = useMonitorQuery(me);
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
  return (
    <MonitorFigures
      figures={figures}
      urlOf={(period) => monitorUrl(swv, period)}
      emptyText={`In ${current.period.label} had het steunpunt geen contacten voor dit samenwerkingsverband. Kies een andere periode.`}
      chooser={
        <PeriodChooser
          swv={swv}
          tenants={me.monitorTenants}
          kind={current.period.kind as PeriodKind}
          period={current.period}
          choices={periods}
        />
      }
    >
      <SignalTexts figures={figures} />
      <MonitorDownloads swv={swv} period={current.period} />
    </MonitorFigures>
  );
}
