/** The monitor's figures as a CSV or Excel file, fetched with the bearer token. */
import { portal } from '../../../lib/portal-client.ts';
import { enc } from '../shell/api.ts';
import { downloadWithSession, type DownloadOutcome } from '../shell/download.ts';

export type MonitorFormat = 'csv' | 'xlsx';

const exportRoutes = {
  csv: portal.backoffice.monitor[':swv']['export.csv'].$get,
  xlsx: portal.backoffice.monitor[':swv']['export.xlsx'].$get,
};

/** What to tell the user afterwards; nothing when the session ended (the sign-in page says why). */
export const downloadMonitor = (
  swv: string,
  period: string,
  format: MonitorFormat,
): Promise<DownloadOutcome> =>
  downloadWithSession(
    (options) => exportRoutes[format]({ param: { swv: enc(swv) }, query: { period } }, options),
    `signaleringsmonitor.${format}`,
    (name) => `De cijfers zijn gedownload als ${name}.`,
  );
