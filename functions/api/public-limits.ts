/**
 * The limits of the public write routes, declared in one place (ARCHITECTURE.md, "Limits
 * per client", says why these numbers). Each route file puts the middlewares of its kind
 * in its chain: `...limits.submission` before the route's checks, `limits.confirmation…`
 * after them (it counts by the address in the checked body).
 *
 * - submissions: per client (a hash of its address), 10 a minute over all public writes
 *   together (questions, complaints, sign-ups, cancellations). Past it: 429, nothing
 *   stored, nothing mailed.
 * - confirmation mails: per e-mail address (a hash), 10 a day in Amsterdam. Past it a
 *   question or complaint is still stored, without its mails (the steunpunt still answers
 *   it); a sign-up is refused with 429, since without its mail it has no cancel link.
 * - the form check (honeypot and proof-of-work) on the forms' POSTs.
 *
 * The Lambda and the local portal always switch all of them on (default-app.ts sets
 * `limitMaxima` and `formProof`); an app made without them (in-process tests of other
 * things) counts nothing and asks no proof.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { TableDeps } from '../core/table-deps.ts';
import type { AbuseDeps, LimitMaxima } from '../limits/abuse-deps.ts';
import { clientAddress, clientOf, keyMaker, limitSecretOr } from '../limits/client-key.ts';
import { formCheck } from '../limits/form-check.ts';
import { allOf, limitBy, limitCheck, type Check } from '../limits/limit.ts';
import { limitMessages } from '../limits/limit-messages.ts';
import { issueChallenge, type ProofSettings } from '../limits/proof-of-work.ts';
import { perAmsterdamDay, perMinutes, type CountedLimit } from '../limits/window-counter.ts';

/** The maxima as built (ARCHITECTURE.md, "Limits per client", says why). */
export const defaultLimitMaxima: LimitMaxima = {
  submissionsPerMinute: 10,
  confirmationsPerDay: 10,
};

/** The name of the address's cap, which the intake reads to hold its mails (`isOver`). */
export const confirmationLimit = 'confirm';

/** The counted limits, at the given maxima. */
export const publicLimitRules = (maxima: LimitMaxima = defaultLimitMaxima) =>
  ({
    submissions: { name: 'submit', max: maxima.submissionsPerMinute, windows: perMinutes(1) },
    confirmations: {
      name: confirmationLimit,
      max: maxima.confirmationsPerDay,
      windows: perAmsterdamDay,
    },
  }) satisfies Record<string, CountedLimit>;

/** The names a public route's OpenAPI answers use. */
export const limitAnswers = {
  429: 'Te veel verzoeken vanaf deze verbinding, of te veel mails naar dit adres vandaag',
} as const;

/**
 * The proof-of-work's weight: a browser tries 25,000 hashes on average, a fraction of a
 * second (ARCHITECTURE.md, "Limits per client"), and has ten minutes to send the form.
 */
export const defaultFormProof = { maxNumber: 50_000, validForMs: 10 * 60_000 };

const pass: MiddlewareHandler = async (_c, next) => {
  await next();
};
const none: Check = async () => undefined;

/** The limit middlewares, made once per app from its deps. */
export function publicLimits(deps: TableDeps & AbuseDeps) {
  const rules = deps.limitMaxima && publicLimitRules(deps.limitMaxima);
  const secret = limitSecretOr(deps.limitSecret);
  const key = keyMaker(secret);
  const emailOf = (c: Context): string | undefined => {
    const body = c.req.valid('json' as never) as { email?: unknown } | undefined;
    return typeof body?.email === 'string' && body.email
      ? key('email', body.email.trim().toLowerCase())
      : undefined;
  };
  const tooMany = (c: Context, message: string, seconds: number) => {
    c.header('retry-after', String(seconds));
    return c.json({ message }, 429);
  };
  const perClient = rules
    ? limitCheck(deps, {
        limit: rules.submissions,
        keyOf: (c) => {
          const address = clientAddress(c);
          return address === undefined ? undefined : key('client', clientOf(address));
        },
        whenOver: (c) => tooMany(c, limitMessages.tooMany, 60),
      })
    : none;
  const proof: ProofSettings | undefined = deps.formProof && { secret, ...deps.formProof };
  const issued: ProofSettings = proof ?? { secret, ...defaultFormProof };
  return {
    /**
     * Before a form's checks: the client's count and the form check side by side (one
     * wait, not two); past the count its 429 wins.
     */
    submission: [allOf(perClient, proof ? formCheck(deps, proof) : none)] as const,
    /** Before a write that sends no form (the cancel link's POST). */
    plainSubmission: allOf(perClient),
    /** After the checks: a question or complaint past the address's cap goes on without mails. */
    confirmationHeld: rules
      ? limitBy(deps, { limit: rules.confirmations, keyOf: emailOf, whenOver: () => undefined })
      : pass,
    /** After the checks: a sign-up past the address's cap is refused. */
    confirmationRefused: rules
      ? limitBy(deps, {
          limit: rules.confirmations,
          keyOf: emailOf,
          whenOver: (c) => tooMany(c, limitMessages.tooManyMails, 3600),
        })
      : pass,
    /** A new proof-of-work challenge (handed out even where none is asked, so forms work alike). */
    challenge: () => issueChallenge(issued, deps.clock()),
  };
}
