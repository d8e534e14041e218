/**
 * Sending a public form to the API: one idempotency key per draft, the typed request
 * (a route of `portal`, lib/portal-client.ts), and the `{ message, errors }` the API
 * answers a bad request with.
 */
import { isFieldErrorList } from '../../lib/field-error-list.ts';
import type { ClientRequestOptions, ClientResponse, InferResponseType } from 'hono/client';
import type { ResponseFormat } from 'hono/types';
import type { FieldError } from '../../../../functions/lib/field-errors.ts';
import { proofHeaders } from './proof-of-work.ts';
import { kitTexts } from './kit-texts.ts';

export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per draft: the same body gets the same key, so a retry (a double click, a lost
 * answer) is never stored twice; a changed draft is a new request with a new key.
 */
export function draftKeys(): { keyFor(body: string): string } {
  let last: { body: string; key: string } | undefined;
  return {
    keyFor(body) {
      if (!last || last.body !== body) last = { body, key: newKey() };
      return last.key;
    },
  };
}

/** A route of the typed client, as `hc` makes it. */
type Endpoint = (
  args: never,
  options?: ClientRequestOptions,
) => Promise<ClientResponse<unknown, number, ResponseFormat>>;

/** The API's answer: what the route declares when it went through; status 0 when it never came. */
export type Answer<E extends Endpoint> =
  | { ok: true; status: number; data: InferResponseType<E, 200 | 201> }
  | { ok: false; status: number; data: unknown };

/** Sends a public form with one answer of the proof-of-work (proof-of-work.ts). */
export async function sendJson<E extends Endpoint>(
  endpoint: E,
  args: Parameters<E>[0],
): Promise<Answer<E>> {
  try {
    const send = endpoint as unknown as (
      args: unknown,
      options: ClientRequestOptions,
    ) => Promise<Response>;
    const response = await send(args, { headers: await proofHeaders() });
    const data: unknown = await response.json().catch(() => null);
    return response.ok
      ? { ok: true, status: response.status, data: data as InferResponseType<E, 200 | 201> }
      : { ok: false, status: response.status, data };
  } catch {
    return { ok: false, status: 0, data: null };
  }
}

/** The `{ message, errors }` of an API answer, as far as it is there. */
export function problemOf(data: unknown): { message?: string; errors: FieldError[] } {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    ...(typeof body.message === 'string' && body.message ? { message: body.message } : {}),
    errors: isFieldErrorList(body.errors) ? body.errors : [],
  };
}

/** What a public form says when its POST failed for another reason than the input, in the page's language. */
export const sendFailedMessage = () => kitTexts().sendFailed;

/**
 * The problems to show for an answer the API did not take: its own field errors or message
 * for bad input or a limit (429, which says how else to reach the steunpunt), else one
 * line at the form.
 */
export function failureErrors(answer: { status: number; data: unknown }): FieldError[] {
  if (answer.status === 429) {
    return [{ field: 'form', message: problemOf(answer.data).message ?? sendFailedMessage() }];
  }
  if (answer.status === 400) {
    const problem = problemOf(answer.data);
    if (problem.errors.length > 0) return problem.errors;
    return [{ field: 'form', message: problem.message ?? sendFailedMessage() }];
  }
  return [{ field: 'form', message: sendFailedMessage() }];
}
