/**
 * The period's figures as a file, for the board's own sums: the same protected counts as
 * the page (a hidden count is its sign there too), as a CSV for Excel or an Excel file.
 */
import { useState } from 'react';
import { Outcome, type AlertType } from '../ui/Alert.tsx';
import { downloadMonitor, type MonitorFormat } from './download-monitor.ts';

const buttons: { format: MonitorFormat; label: string }[] = [
  { format: 'csv', label: 'Download als CSV' },
  { format: 'xlsx', label: 'Download als Excel' },
];

export function MonitorDownloads(props: { swv: string; period: { id: string; label: string } }) {
  const { swv, period } = props;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ type: AlertType; text: string } | undefined>();

  async function download(format: MonitorFormat) {
    if (busy) return;
    setBusy(true);
    setOutcome(undefined);
    const result = await downloadMonitor(swv, period.id, format);
    setBusy(false);
    if (result) setOutcome(result);
  }

  return (
    <section aria-labelledby="downloaden" className="bo-monitor__section">
      <h2 className="utrecht-heading-2" id="downloaden">
        Cijfers downloaden
      </h2>
      <p className="utrecht-paragraph">
        De cijfers van {period.label}, de vorige periode, een jaar eerder en de trend, in een
        bestand om zelf mee te rekenen. Kleine aantallen blijven verborgen, net als hier.
      </p>
      <div className="utrecht-button-group">
        {buttons.map((button) => (
          <button
            type="button"
            key={button.format}
            className="utrecht-button utrecht-button--secondary-action"
            aria-disabled={busy || undefined}
            onClick={() => void download(button.format)}
          >
            {button.label}
          </button>
        ))}
      </div>
      <Outcome outcome={outcome} />
    </section>
  );
}
