/**
 * "Landelijke monitor" (beheerder): the figures of every SWV together, protected like one
 * SWV's own; it names no SWV and has no signal texts (functions/monitor/national-read.ts).
 * The period stands in the URL (`?periode=2026-H1`).
 */
import { useEffect, useState } from 'react';
import type { PeriodKind } from '../../../../../functions/monitor/periods.ts';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import { nationalMonitorRoute, type NationalMonitorAnswer } from './monitor-answer.ts';
import { MonitorFigures } from './MonitorFigures.tsx';
import { nationalMonitorUrl } from './monitor-url.ts';
import { PeriodChooser } from './PeriodChooser.tsx';

export default function NationalMonitorPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="nationalMonitor" allow={['beheerder']}>
      {() => <NationalMonitor />}
    </Shell>
  );
}

function NationalMonitor() {
  const [period] = useState(() => new URLSearchParams(window.location.search).get('periode'));
  const [loaded, setLoaded] = useState<Loaded<{ figures: NationalMonitorAnswer }>>({
    status: 'loading',
  });

  useEffect(() => {
    void api(nationalMonitorRoute, { query: period ? { period } : {} }).then((result) => {
      if (result.ok) setLoaded({ status: 'ready', figures: result.data });
      else if (result.status !== 401) {
        setLoaded({
          status: 'failed',
          message: result.problem.errors[0]?.message ?? result.problem.message,
        });
      }
    });
  }, [period]);

  useEffect(() => {
    if (loaded.status === 'ready') {
      document.title = `Landelijke monitor ${loaded.figures.current.period.label} – Backoffice`;
    }
  }, [loaded]);

  return (
    <>
      <h1 className="utrecht-heading-1">Landelijke monitor</h1>
      <p className="utrecht-paragraph">
        Wat ouders, jongeren en professionals alle steunpunten samen vroegen en meldden, in
        aantallen. Je ziet geen samenwerkingsverband apart, geen namen en geen teksten. Kleine
        aantallen tonen we niet, zodat niemand te herkennen is.
      </p>
      <LoadStatus loaded={loaded} />
      {loaded.status === 'failed' && period && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href={nationalMonitorUrl()}>
            Toon het laatste hele halfjaar
          </a>
        </p>
      )}
      {loaded.status === 'ready' && <Figures figures={loaded.figures} />}
    </>
  );
}

function Figures({ figures }: { figures: NationalMonitorAnswer }) {
  const { current, periods } = figures;
  return (
    <MonitorFigures
      figures={figures}
      urlOf={(id) => nationalMonitorUrl(id)}
      had="hadden de steunpunten samen"
      emptyText={`In ${current.period.label} hadden de steunpunten geen contacten. Kies een andere periode.`}
      chooser={
        <>
          <p className="utrecht-paragraph">
            Samen: {figures.swvs} samenwerkingsverbanden van {figures.steunpunten} steunpunten.
          </p>
          <PeriodChooser
            swv=""
            tenants={[]}
            kind={current.period.kind as PeriodKind}
            period={current.period}
            choices={periods}
            urlOf={(_, id) => nationalMonitorUrl(id)}
          />
        </>
      }
    />
  );
}
