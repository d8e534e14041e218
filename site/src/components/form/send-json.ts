/**
 * Sending a public form to the API: one idempotency key per draft, the JSON post, and the
 * `{ message, errors }` the API answers a bad request with.
 */
import type { FieldError } from '../../../../functions/lib/field-errors.ts';

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

/** The API's answer; status 0 when it never came (offline, network error). */
export interface Answer {
  status: number;
  data: unknown;
}

export async function postJson(url: string, body: string, key: string): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body,
    });
    return { status: response.status, data: await response.json().catch(() => null) };
  } catch {
    return { status: 0, data: null };
  }
}

const isFieldErrorList = (value: unknown): value is FieldError[] =>
  Array.isArray(value) &&
  value.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as FieldError).field === 'string' &&
      typeof (item as FieldError).message === 'string',
  );

/** The `{ message, errors }` of an API answer, as far as it is there. */
export function problemOf(data: unknown): { message?: string; errors: FieldError[] } {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    ...(typeof body.message === 'string' && body.message ? { message: body.message } : {}),
    errors: isFieldErrorList(body.errors) ? body.errors : [],
  };
}
