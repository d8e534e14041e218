/**
 * The attendee list as a CSV file for Excel: fetched with the bearer token (a plain link
 * could not send it) and handed to the browser as a download.
 */
import { enc, messageFor, signOut } from '../shell/api.ts';
import { currentToken } from '../shell/session-store.ts';
import type { AlertType } from '../ui/Alert.tsx';

/** What to tell the user afterwards; nothing when the session ended (the sign-in page says why). */
export async function downloadAttendees(
  meetingId: string,
): Promise<{ type: AlertType; text: string } | undefined> {
  const token = currentToken();
  if (!token) {
    signOut('Je sessie is verlopen. Log opnieuw in.');
    return undefined;
  }
  try {
    const response = await fetch(`/api/backoffice/bijeenkomsten/${enc(meetingId)}/deelnemers.csv`, {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
    if (response.status === 401) {
      signOut('Je bent niet meer ingelogd. Log opnieuw in.');
      return undefined;
    }
    if (!response.ok) return { type: 'error', text: messageFor(response.status) };
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'deelnemers.csv';
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { type: 'ok', text: `De deelnemerslijst is gedownload als ${name}.` };
  } catch {
    return { type: 'error', text: messageFor(0) };
  }
}
