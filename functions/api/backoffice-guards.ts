/**
 * What every back-office case route checks before it does anything: a signed-in caller
 * (the auth middleware put `principal` on the context), a role that handles cases, and
 * for a case, that its SWV is one of the caller's steunpunt. A case of another steunpunt
 * answers exactly as a case that does not exist.
 *
 * These are per-route middlewares on purpose: a wildcard `use` in a sub-app would also
 * run for the other back-office routes mounted beside it (such as /backoffice/me).
 */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { validator } from 'hono/validator';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { handlesTenant, isCoordinator, staffOf } from '../cases/case-access.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { caseIdPattern } from '../cases/case-keys.ts';
import type { CaseEnv, CaseParams } from '../cases/principal-context.ts';
import { fieldErrors } from '../lib/field-errors.ts';
import { invalidInputMessage, tenantSlugPattern } from './router.ts';

export const messages = {
  signIn: 'Log in om verder te gaan.',
  noCases: 'Je hebt geen toegang tot dossiers.',
  coordinatorOnly: 'Alleen een coördinator kan dit doen.',
  caseNotFound: 'Dit dossier bestaat niet.',
  conflict:
    'Iemand anders heeft dit dossier net veranderd. Laad het dossier opnieuw en probeer het nog eens.',
  keyReused: 'Deze sleutel is al gebruikt voor een andere wijziging. Laad de pagina opnieuw.',
  badCursor: 'De lijst kon niet verder worden geladen. Begin opnieuw bovenaan de lijst.',
} as const;

function guard(coordinatorOnly: boolean) {
  return createMiddleware<CaseEnv>(async (c, next) => {
    const check = staffOf(c.get('principal'));
    if (!check.ok) {
      return c.json(
        { message: check.status === 401 ? messages.signIn : messages.noCases },
        check.status,
      );
    }
    if (coordinatorOnly && !isCoordinator(check.staff)) {
      return c.json({ message: messages.coordinatorOnly }, 403);
    }
    c.set('staff', check.staff);
    await next();
  });
}

/** Medewerkers and coördinatoren of a steunpunt. */
export const staffOnly = guard(false);
/** Coördinatoren only. */
export const coordinatorOnly = guard(true);

export type { CaseParams };

/** The case named in the URL, if it may exist for this caller; else undefined (a 404). */
export async function caseParams(
  deps: CaseDeps,
  c: Context<CaseEnv>,
): Promise<CaseParams | undefined> {
  const swv = c.req.param('swv') ?? '';
  const caseId = c.req.param('caseId') ?? '';
  if (!tenantSlugPattern.test(swv) || !caseIdPattern.test(caseId)) return undefined;
  const tenant = await deps.tenants(swv);
  if (!handlesTenant(c.get('staff'), tenant)) return undefined;
  return { tenant, target: { tenant: swv, caseId } };
}

/**
 * Refuses a case of an SWV the caller does not handle before any input is read, so that
 * the answer never depends on the input (a foreign case is simply not found).
 */
export function ownCase(deps: CaseDeps) {
  return createMiddleware<CaseEnv>(async (c, next) => {
    const params = await caseParams(deps, c);
    if (!params) return c.json({ message: messages.caseNotFound }, 404);
    // Resolved once here; the handler reads it instead of looking the tenant up again.
    c.set('caseParams', params);
    await next();
  });
}

/** Query parameters checked with a schema: 400 with Dutch messages per field. */
export function queryParams<T extends $ZodType>(schema: T, fieldOrder: readonly string[]) {
  return validator('query', (value, c: Context) => {
    const result = z.safeParse(schema, value);
    if (!result.success) {
      return c.json(
        { message: invalidInputMessage, errors: fieldErrors(result.error, fieldOrder) },
        400,
      );
    }
    return result.data as z.output<T>;
  });
}

/** A 400 for one field, in the shape the forms show. */
export const fieldProblem = (c: Context, field: string, message: string) =>
  c.json({ message: invalidInputMessage, errors: [{ field, message }] }, 400);
