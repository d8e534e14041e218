/**
 * The limits of the public write routes, declared in one place (ARCHITECTURE.md, "Limits
 * per client", says why these numbers). Each form's route puts the admission of its kind
 * in its chain after the route's own checks (the address is counted from the checked body,
 * and a body the schema refuses costs no write at all); the cancel link's goes first:
 *
 * - submissions: per client (a hash of its address), 10 a minute over all public writes
 *   together (questions, complaints, sign-ups, cancellations). Past it: 429, nothing
 *   stored, nothing mailed.
 * - confirmation mails: per e-mail address (a hash), 10 a day in Amsterdam. Past it a
 *   question or complaint is still stored, without its mails (the steunpunt still answers
 *   it); a sign-up is refused with 429, since without its mail it has no cancel link. A
 *   request another check refuses gives its count back: it causes no mail.
 * - the form check (honeypot and proof-of-work) on the forms' POSTs.
 *
 * All of a route's counts and marks are written side by side, in one round trip
 * (limits/limit.ts); a question or complaint takes its reference number in that same round.
 *
 * The Lambda and the local portal always switch all of them on (default-app.ts sets
 * `limitMaxima` and `formProof`); an app made without them (in-process tests of other
 * things) counts nothing and asks no proof.
 */
import type { Context } from 'hono';
import type { TableDeps } from '../core/table-deps.ts';
import type { AbuseDeps, LimitMaxima } from '../limits/abuse-deps.ts';
import { clientAddress, clientOf, keyMaker, limitSecretOr } from '../limits/client-key.ts';
import { formCheck } from '../limits/form-check.ts';
import { admission, limitCheck, type Check } from '../limits/limit.ts';
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
  const proof: ProofSettings | undefined = deps.formProof && { secret, ...deps.formProof };
  const issued: ProofSettings = proof ?? { secret, ...defaultFormProof };
  // Each check once; a route's admission lists them in the order their refusals win.
  const perClient: Check[] = rules
    ? [
        limitCheck(deps, {
          limit: rules.submissions,
          keyOf: (c) => {
            const address = clientAddress(c);
            return address === undefined ? undefined : key('client', clientOf(address));
          },
          whenOver: (c) => tooMany(c, limitMessages.tooMany, 60),
        }),
      ]
    : [];
  const form: Check[] = proof ? [formCheck(deps, proof)] : [];
  const perAddress = (whenOver: (c: Context) => Response | undefined): Check[] =>
    rules
      ? [limitCheck(deps, { limit: rules.confirmations, keyOf: emailOf, whenOver, giveBack: true })]
      : [];
  return {
    /**
     * A question or complaint, after its checks: past the address's cap it goes on without
     * mails (the handler reads `isOver`). Its handler takes the reference number beside
     * these writes and awaits them with `admit` before it stores the case.
     */
    intake: admission([...perClient, ...form, ...perAddress(() => undefined)], 'beside'),
    /**
     * A sign-up, after its checks: past the address's cap it is refused. Its handler reads
     * the meeting beside these writes and awaits them (`admit`) before its first write.
     */
    signUp: admission(
      [...perClient, ...form, ...perAddress((c) => tooMany(c, limitMessages.tooManyMails, 3600))],
      'beside',
    ),
    /** A write that sends no form and mails no new address (the cancel link's POST). */
    plainSubmission: admission(perClient, 'before'),
    /** A new proof-of-work challenge (handed out even where none is asked, so forms work alike). */
    challenge: () => issueChallenge(issued, deps.clock()),
  };
}
