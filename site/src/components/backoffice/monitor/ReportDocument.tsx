/**
 * The half-year report as its reader sees it, and as the coördinator's preview shows it
 * before publishing: the introduction, the key figures with their trend, the top themes,
 * what rose or fell most, the signals with the approved texts, the Oudercafé, and the
 * steunpunt's recommendations. The figures are the monitor's own components, so a hidden
 * count reads the same here as on the monitor page. Each section starts a printed page
 * (report.css).
 */
import { dimensions, type Dimension } from '../../../../../functions/monitor/monitor-types.ts';
import { formatDate } from '../ui/format.ts';
import { Breakdown } from './Breakdown.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { changeText, valueLabel } from './monitor-labels.ts';
import type { ReportAnswer } from './report-answer.ts';
import { SignalTexts } from './SignalTexts.tsx';

/** Paragraphs as the coördinator typed them: an empty line starts a new one. */
function Paragraphs({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) {
    return <p className="utrecht-paragraph bo-monitor__note">{empty}</p>;
  }
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p className="utrecht-paragraph bo-report__text" key={index}>
          {paragraph}
        </p>
      ))}
    </>
  );
}

export function ReportDocument({ report }: { report: ReportAnswer }) {
  const { figures, period, swv } = report;
  const changes = figures.changes.slice(0, 6);
  return (
    <article className="bo-report" aria-labelledby="rapportage-titel">
      <header className="bo-report__cover">
        <h1 className="utrecht-heading-1" id="rapportage-titel">
          Halfjaarrapportage {period.label}
        </h1>
        <p className="utrecht-paragraph bo-report__lead">
          {swv.name}, door {report.steunpuntName}
        </p>
        <p className="utrecht-paragraph bo-monitor__note">
          {report.publishedAt
            ? `Gepubliceerd op ${formatDate(report.publishedAt)}.`
            : 'Nog niet gepubliceerd: dit is een voorbeeld.'}{' '}
          Zonder namen en zonder wat mensen zelf schreven. Kleine aantallen tonen we niet, zodat
          niemand te herkennen is.
        </p>
      </header>

      <section aria-labelledby="inleiding" className="bo-report__section">
        <h2 className="utrecht-heading-2" id="inleiding">
          Inleiding
        </h2>
        <Paragraphs text={report.intro} empty="De inleiding is nog niet geschreven." />
      </section>

      <div className="bo-report__section">
        <KeyFigures figures={figures} />
      </div>

      <div className="bo-report__section">
        <Breakdown figures={figures} dimension="topic" />
      </div>

      <section aria-labelledby="verschillen" className="bo-report__section">
        <h2 className="utrecht-heading-2" id="verschillen">
          Wat steeg of daalde het meest
        </h2>
        {changes.length === 0 ? (
          <p className="utrecht-paragraph">
            Er zijn geen verschillen met {figures.previous.period.label} die groot genoeg zijn om te
            tonen.
          </p>
        ) : (
          <ul className="utrecht-unordered-list">
            {changes.map((change) => (
              <li
                className="utrecht-unordered-list__item"
                key={`${change.dimension}-${change.value}`}
              >
                {dimensions[change.dimension as Dimension]}:{' '}
                {valueLabel(change.dimension as Dimension, change.value)}, van {change.from} naar{' '}
                {change.to} ({changeText(change.from, change.to)} dan in{' '}
                {figures.previous.period.label})
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="bo-report__section">
        <Breakdown figures={figures} dimension="kind" />
      </div>

      <div className="bo-report__section">
        <Breakdown figures={figures} dimension="signalCategory" />
        <SignalTexts figures={figures} />
      </div>

      <section aria-labelledby="aanbevelingen" className="bo-report__section">
        <h2 className="utrecht-heading-2" id="aanbevelingen">
          Aanbevelingen van het steunpunt
        </h2>
        <Paragraphs
          text={report.recommendations}
          empty="De aanbevelingen zijn nog niet geschreven."
        />
      </section>
    </article>
  );
}
