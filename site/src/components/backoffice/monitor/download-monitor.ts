/** The monitor's figures as a CSV or Excel file, fetched with the bearer token. */
import { portal } from '../../../lib/portal-client.ts';
import { enc, messageFor, signOut } from '../shell/api.ts';
import { currentToken } from '../shell/session-store.ts';
import type { AlertType } from '../ui/Alert.tsx';
import { fileNameOf, saveFile } from '../ui/save-file.ts';

export type MonitorFormat = 'csv' | 'xlsx';

const exportRoutes = {
  csv: portal.backoffice.monitor[':swv']['export.csv'].$get,
  xlsx: portal.backoffice.monitor[':swv']['export.xlsx'].$get,
};

/** What to tell the user afterwards; nothing when the session ended (the sign-in page says why). */
export async function downloadMonitor(
  swv: string,
  period: string,
  format: MonitorFormat,
): Promise<{ type: AlertType; text: string } | undefined> {
  const token = currentToken();
  if (!token) {
    signOut('Je sessie is verlopen. Log opnieuw in.');
    return undefined;
  }
  try {
    const response = await exportRoutes[format](
      { param: { swv: enc(swv) }, query: { period } },
      { headers: { authorization: `Bearer ${token}` }, init: { cache: 'no-store' } },
    );
    // The gate's refusals (401, 403) are not among the route's declared answers.
    const status: number = response.status;
    if (status === 401) {
      signOut('Je bent niet meer ingelogd. Log opnieuw in.');
      return undefined;
    }
    if (!response.ok) return { type: 'error', text: messageFor(status) };
    const name = fileNameOf(response, `signaleringsmonitor.${format}`);
    saveFile(await response.blob(), name);
    return { type: 'ok', text: `De cijfers zijn gedownload als ${name}.` };
  } catch {
    return { type: 'error', text: messageFor(0) };
  }
}
