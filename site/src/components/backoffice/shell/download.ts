/**
 * A file from a back-office route, fetched with the session's bearer token and saved as a
 * download: the session checks, the refusals and the messages in one place, for every
 * download button (the attendee list, the monitor's CSV and Excel).
 */
import type { AlertType } from '../ui/Alert.tsx';
import { fileNameOf, saveFile } from '../ui/save-file.ts';
import { messageFor, signOut } from './api.ts';
import { currentToken } from './session-store.ts';

export type DownloadOutcome = { type: AlertType; text: string } | undefined;

/**
 * Calls `fetchFile` with the request options the typed client takes, saves the answer
 * under the name the API gives (or `fallbackName`) and says what happened; nothing when
 * the session ended (the sign-in page says why).
 */
export async function downloadWithSession(
  fetchFile: (options: {
    headers: Record<string, string>;
    init: RequestInit;
  }) => Promise<{ status: number; ok: boolean; headers: Headers; blob(): Promise<Blob> }>,
  fallbackName: string,
  done: (name: string) => string,
): Promise<DownloadOutcome> {
  const token = currentToken();
  if (!token) {
    signOut('Je sessie is verlopen. Log opnieuw in.');
    return undefined;
  }
  try {
    const response = await fetchFile({
      headers: { authorization: `Bearer ${token}` },
      init: { cache: 'no-store' },
    });
    // The gate's refusals (401, 403) are not among the routes' declared answers.
    const status: number = response.status;
    if (status === 401) {
      signOut('Je bent niet meer ingelogd. Log opnieuw in.');
      return undefined;
    }
    if (!response.ok) return { type: 'error', text: messageFor(status) };
    const name = fileNameOf(response, fallbackName);
    saveFile(await response.blob(), name);
    return { type: 'ok', text: done(name) };
  } catch {
    return { type: 'error', text: messageFor(0) };
  }
}
