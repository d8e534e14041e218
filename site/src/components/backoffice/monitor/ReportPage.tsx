/**
 * "Rapportages": the half-year reports of an SWV (`?swv=…`), and one report
 * (`?swv=…&periode=2026-H1`). The SWV's reader lists and reads the published ones; the
 * coördinator writes the introduction and recommendations beside a preview of the report
 * exactly as the reader will see it, and publishes it (the reader gets a mail). A
 * published report never changes. "Afdrukken" prints the report alone on A4 (report.css).
 */
import { useCallback, useEffect, useState, type SubmitEvent } from 'react';
import {
  reportIntroMax,
  reportRecommendationsMax,
} from '../../../../../functions/monitor/report-limits.ts';
import { TextAreaField } from '../../form/fields.tsx';
import { Alert, Outcome, type AlertType } from '../ui/Alert.tsx';
import { FormErrorSummary } from '../ui/FormErrorSummary.tsx';
import { formatDate } from '../ui/format.ts';
import { LoadStatus, type Loaded } from '../ui/LoadStatus.tsx';
import { problemErrors, toPageFields, useFormErrors } from '../ui/use-form-errors.ts';
import { api } from '../shell/api.ts';
import type { Directory } from '../shell/directory.ts';
import { Shell } from '../shell/Shell.tsx';
import type { Me } from '../shell/use-session.ts';
import { reportRoutes, reportUrl, type ReportAnswer, type ReportList } from './report-answer.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { useMonitorQuery } from './use-monitor-query.ts';

export default function ReportPage({ directory }: { directory: Directory }) {
  return (
    <Shell directory={directory} current="reports" allow={['swv-lezer', 'coordinator']}>
      {(me) => <Reports me={me} />}
    </Shell>
  );
}

function Reports({ me }: { me: Me }) {
  const query = useMonitorQuery(me);
  if (!query.swv) {
    return (
      <>
        <h1 className="utrecht-heading-1">Rapportages</h1>
        <Alert type="info">
          <p className="utrecht-paragraph">
            Je account hoort nog niet bij een samenwerkingsverband. Vraag de beheerder van het
            portaal om dat in te stellen.
          </p>
        </Alert>
      </>
    );
  }
  if (!query.period) return <ReportListView me={me} swv={query.swv} />;
  return me.principal.role === 'coordinator' ? (
    <Editor swv={query.swv} period={query.period} />
  ) : (
    <Reader swv={query.swv} period={query.period} />
  );
}

function ReportListView({ me, swv }: { me: Me; swv: string }) {
  const [loaded, setLoaded] = useState<Loaded<{ list: ReportList }>>({ status: 'loading' });
  useEffect(() => {
    void api(reportRoutes.list, { param: { swv } }).then((result) => {
      if (result.ok) setLoaded({ status: 'ready', list: result.data });
      else if (result.status !== 401)
        setLoaded({ status: 'failed', message: result.problem.message });
    });
  }, [swv]);
  const name = me.monitorTenants.find((t) => t.slug === swv)?.name ?? '';
  const writes = me.principal.role === 'coordinator';
  return (
    <>
      <h1 className="utrecht-heading-1">Rapportages {name}</h1>
      <p className="utrecht-paragraph">
        Elk halfjaar schrijft het steunpunt een rapportage voor het samenwerkingsverband: de
        cijfers, de signalen en wat het steunpunt aanbeveelt.
      </p>
      {me.monitorTenants.length > 1 && (
        <nav aria-label="Samenwerkingsverband">
          <ul className="utrecht-unordered-list">
            {me.monitorTenants.map((tenant) => (
              <li className="utrecht-unordered-list__item" key={tenant.slug}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={reportUrl(tenant.slug)}
                  aria-current={tenant.slug === swv ? 'page' : undefined}
                >
                  {tenant.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <LoadStatus loaded={loaded} />
      {loaded.status === 'ready' && (
        <>
          {writes && !loaded.list.reports.some((r) => r.period === loaded.list.latest.id) && (
            <p className="utrecht-paragraph">
              <a
                className="utrecht-link utrecht-link--html-a"
                href={reportUrl(swv, loaded.list.latest.id)}
              >
                Schrijf de rapportage over het {loaded.list.latest.label}
              </a>
            </p>
          )}
          <h2 className="utrecht-heading-2">Gepubliceerd</h2>
          {loaded.list.reports.length === 0 ? (
            <p className="utrecht-paragraph">Er is nog geen rapportage gepubliceerd.</p>
          ) : (
            <ul className="utrecht-unordered-list">
              {loaded.list.reports.map((report) => (
                <li className="utrecht-unordered-list__item" key={report.period}>
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={reportUrl(swv, report.period)}
                  >
                    Halfjaarrapportage {report.label}
                  </a>{' '}
                  (gepubliceerd op {formatDate(report.publishedAt)})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function PrintButton() {
  return (
    <p className="utrecht-paragraph bo-report__actions">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => window.print()}
      >
        Afdrukken of bewaren als pdf
      </button>
    </p>
  );
}

function BackLink({ swv }: { swv: string }) {
  return (
    <p className="utrecht-paragraph bo-report__actions">
      <a className="utrecht-link utrecht-link--html-a" href={reportUrl(swv)}>
        Alle rapportages
      </a>
    </p>
  );
}

function Reader({ swv, period }: { swv: string; period: string }) {
  const [loaded, setLoaded] = useState<Loaded<{ report: ReportAnswer }>>({ status: 'loading' });
  useEffect(() => {
    void api(reportRoutes.read, { param: { swv, period } }).then((result) => {
      if (result.ok) setLoaded({ status: 'ready', report: result.data });
      else if (result.status !== 401)
        setLoaded({ status: 'failed', message: result.problem.message });
    });
  }, [swv, period]);
  useEffect(() => {
    if (loaded.status === 'ready') {
      document.title = `Halfjaarrapportage ${loaded.report.period.label} – Backoffice`;
    }
  }, [loaded]);
  return (
    <>
      <BackLink swv={swv} />
      {loaded.status !== 'ready' && <h1 className="utrecht-heading-1">Halfjaarrapportage</h1>}
      <LoadStatus loaded={loaded} />
      {loaded.status === 'ready' && (
        <>
          <PrintButton />
          <ReportDocument report={loaded.report} />
        </>
      )}
    </>
  );
}

const fieldNames = { intro: 'intro', recommendations: 'recommendations' };

function Editor({ swv, period }: { swv: string; period: string }) {
  const [loaded, setLoaded] = useState<Loaded<{ report: ReportAnswer }>>({ status: 'loading' });
  const [texts, setTexts] = useState({ intro: '', recommendations: '' });
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string }>();
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();

  const load = useCallback(() => {
    void api(reportRoutes.draft, { param: { swv, period } }).then((result) => {
      if (result.ok) {
        setLoaded({ status: 'ready', report: result.data });
        setTexts({ intro: result.data.intro, recommendations: result.data.recommendations });
      } else if (result.status !== 401) {
        setLoaded({ status: 'failed', message: result.problem.message });
      }
    });
  }, [swv, period]);
  useEffect(load, [load]);
  useEffect(() => {
    if (loaded.status === 'ready') {
      document.title = `Halfjaarrapportage ${loaded.report.period.label} schrijven – Backoffice`;
    }
  }, [loaded]);

  if (loaded.status !== 'ready') {
    return (
      <>
        <BackLink swv={swv} />
        <h1 className="utrecht-heading-1">Halfjaarrapportage</h1>
        <LoadStatus loaded={loaded} />
      </>
    );
  }
  const report = loaded.report;
  if (report.state === 'published') {
    return (
      <>
        <BackLink swv={swv} />
        <Alert type="ok">
          <p className="utrecht-paragraph">
            Deze rapportage is gepubliceerd op {formatDate(report.publishedAt)}. Hij verandert niet
            meer.
          </p>
        </Alert>
        <PrintButton />
        <ReportDocument report={report} />
      </>
    );
  }

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    form.clear();
    const result = await api(reportRoutes.save, {
      param: { swv, period },
      json: { ...texts, version: report.version },
    });
    setBusy(false);
    if (result.ok) {
      setLoaded({ status: 'ready', report: { ...report, ...texts, version: result.data.version } });
      setOutcome({ type: 'ok', text: 'De rapportage is bewaard. De lezer ziet hem nog niet.' });
    } else if (result.status !== 401) {
      setOutcome(undefined);
      form.show(problemErrors(result.problem, toPageFields(fieldNames)));
    }
  }

  async function publish() {
    const unsaved =
      texts.intro.trim() !== report.intro ||
      texts.recommendations.trim() !== report.recommendations;
    if (unsaved) {
      form.show([{ field: 'form', message: 'Bewaar je wijzigingen voordat je publiceert' }]);
      return;
    }
    setBusy(true);
    form.clear();
    const result = await api(reportRoutes.publish, {
      param: { swv, period },
      json: { version: report.version },
      header: { 'idempotency-key': crypto.randomUUID() },
    });
    setBusy(false);
    if (result.ok) {
      setOutcome({
        type: 'ok',
        text: 'De rapportage is gepubliceerd. De lezers van het samenwerkingsverband krijgen een e-mail.',
      });
      load();
    } else if (result.status !== 401) {
      form.show(problemErrors(result.problem, toPageFields(fieldNames)));
    }
  }

  const preview: ReportAnswer = { ...report, ...texts };
  return (
    <>
      <BackLink swv={swv} />
      <div className="bo-report__editor">
        <h1 className="utrecht-heading-1">
          Halfjaarrapportage {report.period.label} schrijven: {report.swv.name}
        </h1>
        <FormErrorSummary form={form} />
        <Outcome outcome={outcome} />
        <form onSubmit={(event) => void save(event)} noValidate>
          <TextAreaField
            name="intro"
            label="Inleiding"
            hint={`Een korte inleiding voor het bestuur. Hoogstens ${reportIntroMax} tekens. Een lege regel begint een nieuwe alinea.`}
            value={texts.intro}
            onChange={(intro) => setTexts((t) => ({ ...t, intro }))}
            error={form.errorFor('intro')}
            rows={6}
          />
          <TextAreaField
            name="recommendations"
            label="Aanbevelingen van het steunpunt"
            hint={`Hoogstens ${reportRecommendationsMax} tekens.`}
            value={texts.recommendations}
            onChange={(recommendations) => setTexts((t) => ({ ...t, recommendations }))}
            error={form.errorFor('recommendations')}
            rows={8}
          />
          <p className="utrecht-paragraph">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              disabled={busy}
            >
              Bewaren
            </button>
          </p>
        </form>
        <h2 className="utrecht-heading-2">Publiceren</h2>
        <p className="utrecht-paragraph">
          Na publiceren leest het samenwerkingsverband de rapportage zoals hieronder, met de cijfers
          van dit moment. Daarna verandert hij niet meer. De lezers krijgen een e-mail met een link.
        </p>
        <p className="utrecht-paragraph">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={busy}
            onClick={() => void publish()}
          >
            Publiceren
          </button>
        </p>
      </div>
      <section aria-labelledby="voorbeeld" className="bo-report__preview">
        <h2 className="utrecht-heading-2" id="voorbeeld">
          Voorbeeld: zo ziet de lezer de rapportage
        </h2>
        <ReportDocument report={preview} />
      </section>
    </>
  );
}
