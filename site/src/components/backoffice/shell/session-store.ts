/**
 * The sign-in token and the one-off message for the sign-in page, kept in sessionStorage:
 * gone when the tab closes, never shared with other tabs or sent anywhere but our API.
 */
const tokenKey = 'backoffice.token';
const messageKey = 'backoffice.melding';

interface StoredToken {
  idToken: string;
  expiresAt: number;
}

export function saveToken(idToken: string, expiresInSeconds: number): void {
  const stored: StoredToken = { idToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
  sessionStorage.setItem(tokenKey, JSON.stringify(stored));
}

/** The token, unless there is none or it has run out. */
export function currentToken(): string | undefined {
  const raw = sessionStorage.getItem(tokenKey);
  if (!raw) return undefined;
  try {
    const stored = JSON.parse(raw) as Partial<StoredToken>;
    if (typeof stored.idToken !== 'string' || typeof stored.expiresAt !== 'number') {
      return undefined;
    }
    return stored.expiresAt > Date.now() ? stored.idToken : undefined;
  } catch {
    return undefined;
  }
}

export function hasStoredToken(): boolean {
  return sessionStorage.getItem(tokenKey) !== null;
}

export function clearToken(): void {
  sessionStorage.removeItem(tokenKey);
}

/** A message the sign-in page shows once (why the user landed there). */
export function setSignInMessage(message: string): void {
  sessionStorage.setItem(messageKey, message);
}

export function takeSignInMessage(): string | undefined {
  const message = sessionStorage.getItem(messageKey) ?? undefined;
  sessionStorage.removeItem(messageKey);
  return message;
}
