/**
 * Calls to the back-office API from the browser: the bearer token, Dutch messages for
 * every failure, and the sign-in page on a 401 (the token ran out or was refused).
 */
import { isFieldErrorList } from '../../../lib/field-error-list.ts';
import type { ClientRequestOptions, ClientResponse, InferResponseType } from 'hono/client';
import type { ResponseFormat } from 'hono/types';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import { loadSettings } from './code-flow.ts';
import type { FieldError } from '../../../../../functions/lib/field-errors.ts';
import { backofficePaths } from './paths.ts';
import { clearToken, currentToken, hasStoredToken, setSignInMessage } from './session-store.ts';

export interface Problem {
  message: string;
  errors: FieldError[];
  /** Anything else the API sent along (for example the open cases on a 409). */
  body: Record<string, unknown>;
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; response: Response }
  | { ok: false; status: number; problem: Problem };

const defaultMessages: Record<number, string> = {
  0: 'Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
  400: 'Er is een probleem met de gegevens. Controleer ze en probeer het opnieuw.',
  401: 'Je bent niet meer ingelogd. Log opnieuw in.',
  403: 'Je hebt geen toegang tot deze gegevens.',
  404: 'Dit is niet gevonden. Misschien is het verwijderd.',
  409: 'Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.',
  422: 'Dit verzoek is al eens met andere gegevens verstuurd. Laad de pagina opnieuw.',
  500: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.',
};

export const messageFor = (status: number) =>
  defaultMessages[status] ?? defaultMessages[status >= 500 ? 500 : 400]!;

function problemOf(status: number, data: unknown): Problem {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  // Server faults say nothing useful to the user; our own message tells them what to do.
  const message =
    status < 500 && typeof body.message === 'string' && body.message
      ? body.message
      : messageFor(status);
  return { message, errors: isFieldErrorList(body.errors) ? body.errors : [], body };
}

/** Ends the session and sends the user to the sign-in page, telling them why. */
export function signOut(message: string): void {
  clearToken();
  setSignInMessage(message);
  window.location.assign(backofficePaths.signIn);
}

/**
 * "Uitloggen": forget the token here, and end the session at the issuer too (Cognito's
 * /logout), so the next person at this computer has to sign in again.
 */
export async function signOutEverywhere(message: string): Promise<void> {
  clearToken();
  setSignInMessage(message);
  const settings = await loadSettings();
  const back = new URL(backofficePaths.signIn, window.location.origin).href;
  if (settings.ok && settings.value.logoutUrl) {
    const url = new URL(settings.value.logoutUrl);
    url.searchParams.set('client_id', settings.value.clientId);
    url.searchParams.set('logout_uri', back);
    window.location.assign(url.href);
  } else {
    window.location.assign(back);
  }
}

export interface ApiOptions {
  /** The local sign-in calls go out without a token. */
  anonymous?: boolean;
}

/** A route of the typed client, as `hc` makes it: its input in, its answers out. */
type Endpoint = (
  args: never,
  options?: ClientRequestOptions,
) => Promise<ClientResponse<unknown, number, ResponseFormat>>;

/** What a route answers when it succeeds, as the server declares it. */
export type Answer<E extends Endpoint> = InferResponseType<E, SuccessStatusCode>;

/** The route's input, left out when the route reads none. */
type Call<E extends Endpoint> = undefined extends Parameters<E>[0]
  ? [args?: Parameters<E>[0], options?: ApiOptions]
  : [args: Parameters<E>[0], options?: ApiOptions];

/**
 * Calls one route of the typed client (`portal.backoffice.me.$get`) with the bearer token,
 * and turns every failure into a Problem with a Dutch message.
 */
export async function api<E extends Endpoint>(
  endpoint: E,
  ...[args, options = {}]: Call<E>
): Promise<ApiResult<Answer<E>>> {
  const { anonymous = false } = options;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (!anonymous) {
    const token = currentToken();
    if (!token) {
      signOut(
        hasStoredToken()
          ? 'Je sessie is verlopen. Log opnieuw in.'
          : 'Log in om de backoffice te gebruiken.',
      );
      return { ok: false, status: 401, problem: problemOf(401, null) };
    }
    headers.authorization = `Bearer ${token}`;
  }

  let response: Response;
  try {
    const send = endpoint as unknown as (
      args: unknown,
      options: ClientRequestOptions,
    ) => Promise<Response>;
    response = await send(args, { headers, init: { cache: 'no-store' } });
  } catch {
    return { ok: false, status: 0, problem: problemOf(0, null) };
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const data: unknown = isJson ? await response.json().catch(() => null) : null;
  if (response.ok) {
    return { ok: true, status: response.status, data: data as Answer<E>, response };
  }
  if (response.status === 401 && !anonymous) {
    // When the account was switched off or changed, the API says so; else the session ended.
    const problem = problemOf(401, data);
    signOut(
      typeof problem.body.code === 'string'
        ? problem.message
        : 'Je bent niet meer ingelogd. Log opnieuw in.',
    );
  }
  return { ok: false, status: response.status, problem: problemOf(response.status, data) };
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One Idempotency-Key per action: a retry of the same action with the same content sends
 * the same key (so the API does it once); a new action, or changed content, gets a new one.
 */
export class ActionKeys {
  private readonly keys = new Map<string, { body: string; key: string }>();

  keyFor(action: string, body: unknown): string {
    const serialised = JSON.stringify(body ?? null);
    const known = this.keys.get(action);
    if (known && known.body === serialised) return known.key;
    const key = newKey();
    this.keys.set(action, { body: serialised, key });
    return key;
  }

  /** The action went through: the next one is a new action. */
  done(action: string): void {
    this.keys.delete(action);
  }
}

export const enc = encodeURIComponent;
