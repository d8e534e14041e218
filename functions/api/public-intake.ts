/**
 * A public form's intake as a route: the same declaration and the same handling for every
 * kind of case a person sends from the site (intake-routes.ts uses it). The body is
 * checked by the intake's schema before the tenant is read; then two round trips to the
 * table: the limits' writes, the tenant's checks and the case's reference side by side,
 * and, when none of them refuses, one conditional write that makes the case and its mail.
 */
import type { Context } from 'hono';
import type { $ZodType } from 'zod/v4/core';
import { newCaseOf, type Intake } from '../cases/intakes/intake.ts';
import { caseTicket, writeCase } from '../cases/new-case.ts';
import { log } from '../lib/log.ts';
import { admit, isOver, refusal } from '../limits/limit.ts';
import type { ApiDeps } from './deps.ts';
import { confirmationLimit, limitAnswers } from './public-limits.ts';
import { route, type Input } from './route-kit.ts';
import { invalidInputMessage, swvParam, tenantSlugPattern } from './router.ts';

export const unknownTenant = { message: 'Dit samenwerkingsverband bestaat niet' };

/** The SWV a public route names, if it exists. */
export const publicTenant = async (deps: ApiDeps, swv: string) =>
  tenantSlugPattern.test(swv) ? await deps.tenants(swv) : undefined;

/** The words of one intake's route, in the document and in its answers. */
export interface PublicIntakeTexts {
  summary: string;
  created: string;
  replayed: string;
  /** The document's 422: the key belongs to another case. */
  keyReused: string;
  /** The 422's message to the person. */
  keyReusedMessage: string;
}

/** The declaration of `POST <path>` for a public form: idempotent, for anyone. */
export const publicIntakeRoute = <const P extends string, const S extends $ZodType>(intake: {
  path: P;
  operationId: string;
  body: Input<S>;
  /** The answer's schema: the reference, the moment of receipt and the answer date. */
  created: $ZodType;
  texts: PublicIntakeTexts;
}) =>
  route({
    method: 'post',
    path: intake.path,
    operationId: intake.operationId,
    summary: intake.texts.summary,
    who: { role: 'public' },
    params: { swv: swvParam },
    body: intake.body,
    idempotent: true,
    answers: {
      201: { description: intake.texts.created, schema: intake.created },
      200: { description: intake.texts.replayed, schema: intake.created },
      404: unknownTenant.message,
      422: intake.texts.keyReused,
      ...limitAnswers,
    },
  });

/**
 * What the route does with a valid body: 404 for an SWV that does not exist, 400 for what
 * only the tenant can refuse, else the case: 201 new, 200 a retry, 422 a key reused.
 */
export function receiveIntake<Input>(
  deps: ApiDeps,
  intake: Intake<Input>,
  texts: Pick<PublicIntakeTexts, 'keyReusedMessage'>,
  /** The answers' messages in the form's language, when the intake has one. */
  inLanguage?: (input: Input) => { invalidInput: string; keyReused: string },
) {
  return async (c: Context, swv: string, input: Input, key: string) => {
    const tenant = await publicTenant(deps, swv);
    if (!tenant) return c.json(unknownTenant, 404);

    const made = newCaseOf(intake, tenant, input, undefined);
    // One round: none of these waits for another. A refusal wins; the reference it took
    // stays unused (a gap, as new-case.ts allows), and nothing is stored or mailed.
    const [admitted, errors, ticket] = await Promise.all([
      admit(c),
      intake.tenantChecks(deps, tenant, input),
      caseTicket(deps, tenant, made),
    ]);
    if (!admitted) return refusal(c);
    const words = inLanguage?.(input);
    if (errors.length > 0) {
      return c.json({ message: words?.invalidInput ?? invalidInputMessage, errors }, 400);
    }

    // Past the address's daily cap the case is kept (the steunpunt still answers it) but
    // writes no mail to that address: no confirmation, no reminder (public-limits.ts).
    if (isOver(c, confirmationLimit)) made.mails = () => ({});
    const outcome = await writeCase(deps, tenant, made, key, ticket);
    if (outcome.kind === 'key-reused') {
      return c.json({ message: words?.keyReused ?? texts.keyReusedMessage }, 422);
    }
    log.info(`${intake.kind}.${outcome.kind}`, { tenant: swv, reference: outcome.reference });
    const body = {
      reference: outcome.reference,
      createdAt: outcome.createdAt,
      dueAt: outcome.dueAt,
    };
    return c.json(body, outcome.kind === 'created' ? 201 : 200);
  };
}
