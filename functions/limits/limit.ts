/**
 * One configurable middleware for the limits of a public write, `admission`, made of
 * checks, one per concern: a count by some key (`limitCheck`: what to count by, how many in
 * which window, what happens past it) or the form check (form-check.ts). A route declares
 * its admission once (api/public-limits.ts says which checks and why). Each count is one
 * conditional write (window-counter.ts), so two containers or two requests at once can
 * never both take the last place.
 *
 * Why two phases and two ways to wait: every round trip to the table is latency the parent
 * waits for (issue #13: a question at most 2× a bare one-write server). So what needs no
 * table (a proof with a wrong signature) is decided first, before anything is written; then
 * every check's write starts at once, one round trip for all. A route that writes nothing
 * of its own before it knows the verdict waits for it in the middleware (`'before'`). A
 * route whose handler has independent writes of its own (a question's reference number)
 * starts them beside the checks' writes and waits for both together (`'beside'`, `admit`),
 * so the normal path of a question is two rounds: all those writes, then the case's write.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { TableDeps } from '../core/table-deps.ts';
import { errorName, log } from '../lib/log.ts';
import { countOne, giveBackOne, type CountedLimit } from './window-counter.ts';

/** What one check's write found. */
export interface CheckOutcome {
  /** The answer to stop with. */
  refusal?: Response;
  /** A limit passed that lets the request go on (the route reads `isOver`). */
  over?: string;
  /** Undoes the write when another check refuses the request (see `LimitRule.giveBack`). */
  giveBack?: () => Promise<void>;
}

/** A check's write, started by the admission beside the other checks' writes. */
export type CheckWrite = () => Promise<CheckOutcome>;

/**
 * A check: first what it can decide without the table (an answer to stop with, before
 * anything is written), else its write, or undefined when it has nothing to count.
 */
export type Check = (c: Context) => Promise<Response | CheckWrite | undefined>;

/** Where the route waits for the verdict (see the module's comment). */
export type Wait = 'before' | 'beside';

interface Verdict {
  refusal?: Response;
  over: ReadonlySet<string>;
}

interface Pending {
  verdict: Promise<Verdict>;
  /** Known once the verdict is in. */
  over: ReadonlySet<string>;
  refusal?: Response;
}

const pendingVariable = 'admission';
const pendingOf = (c: Context) => c.get(pendingVariable as never) as Pending | undefined;

/** Whether the named limit was passed on this request (known once the verdict is in). */
export const isOver = (c: Context, name: string): boolean => pendingOf(c)?.over.has(name) ?? false;

/**
 * For a `'beside'` route's handler: whether the request may go on, awaited beside the
 * handler's own independent writes and before any write that stores something. When it
 * may not, the handler returns `refusal(c)`.
 */
export async function admit(c: Context): Promise<boolean> {
  const pending = pendingOf(c);
  return pending ? (await pending.verdict).refusal === undefined : true;
}

/**
 * The admission's answer for a handler `admit` refused. Typed `never`: like any
 * middleware's answer it is not one of the route's typed answers (a route declares its 429
 * in its `answers`, limitAnswers), so the typed client keeps the route's own answers.
 */
export function refusal(c: Context): never {
  const answer = pendingOf(c)?.refusal;
  if (!answer) throw new Error('refusal() without a refusing admission');
  return answer as never;
}

/** The middleware of a route's limits: the checks side by side, in one round trip. */
export function admission(checks: readonly Check[], wait: Wait): MiddlewareHandler {
  return async (c, next) => {
    // No table here: the body is already parsed, so this costs no round trip.
    const firsts = await Promise.all(checks.map((check) => check(c)));
    const early = firsts.find((first) => first instanceof Response);
    if (early) return early;
    const writes = firsts.filter((first): first is CheckWrite => typeof first === 'function');
    const pending: Pending = { verdict: verdictOf(writes), over: new Set() };
    pending.verdict = pending.verdict.then((verdict) => {
      pending.over = verdict.over;
      pending.refusal = verdict.refusal;
      return verdict;
    });
    // A failed write is awaited below (an error answer), not an unhandled rejection meanwhile.
    pending.verdict.catch(() => undefined);
    c.set(pendingVariable as never, pending as never);
    if (wait === 'before') {
      if (!(await admit(c))) return refusal(c);
      await next();
      return;
    }
    try {
      await next();
    } finally {
      // Every write settles before the answer goes, whatever the handler did.
      const verdict = await pending.verdict;
      // A handler that answered without asking (an unknown SWV) wrote nothing; the refusal
      // still wins, as it would have in a 'before' route.
      if (verdict.refusal && c.res !== verdict.refusal) c.res = verdict.refusal;
    }
  };
}

/** All writes at once; the first refusal in the checks' order wins, the rest is given back. */
async function verdictOf(writes: readonly CheckWrite[]): Promise<Verdict> {
  const outcomes = await Promise.all(writes.map((write) => write()));
  const refusal = outcomes.find((outcome) => outcome.refusal)?.refusal;
  if (refusal) {
    await Promise.all(
      outcomes.map((outcome) =>
        // The refusal stands either way; a count not given back only holds a mail back sooner.
        outcome.giveBack?.().catch((error: unknown) => {
          log.warn('limit.give-back-failed', { errorName: errorName(error) });
        }),
      ),
    );
    return { refusal, over: new Set() };
  }
  return { over: new Set(outcomes.flatMap((outcome) => outcome.over ?? [])) };
}

export interface LimitRule {
  limit: CountedLimit;
  /** The key to count by (a hash), or undefined when there is nothing to count by. */
  keyOf(c: Context): string | undefined;
  /** Past the limit: the answer to give, or undefined to go on (the route reads `isOver`). */
  whenOver(c: Context): Response | undefined;
  /**
   * Take the count back when another check refuses the request, for a count of what a
   * request causes (a mail) rather than of requests: a refused request causes nothing.
   */
  giveBack?: boolean;
}

/** The check of one limit. */
export function limitCheck(deps: TableDeps, rule: LimitRule): Check {
  return async (c) => {
    const key = rule.keyOf(c);
    if (key === undefined) return undefined;
    return async () => {
      const window = rule.limit.windows(deps.clock());
      if (await countOne(deps, rule.limit, key, window)) {
        return rule.giveBack ? { giveBack: () => giveBackOne(deps, rule.limit, key, window) } : {};
      }
      // The limit's name and the route, never the key: it stands for a person.
      log.warn('limit.over', { limit: rule.limit.name, route: c.req.routePath });
      const answer = rule.whenOver(c);
      return answer ? { refusal: answer } : { over: rule.limit.name };
    };
  };
}
