/**
 * One configurable middleware for every limit: count by what (`keyOf`), how many in which
 * window (`limit`), and what happens past it (`whenOver`). A route declares its limits in
 * its chain (api/public-limits.ts says which and why); the count is one conditional write
 * (window-counter.ts), so two containers or two requests at once can never both take the
 * last place.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { TableDeps } from '../core/table-deps.ts';
import { log } from '../lib/log.ts';
import { countOne, type CountedLimit } from './window-counter.ts';

export interface LimitRule {
  limit: CountedLimit;
  /** The key to count by (a hash), or undefined when there is nothing to count by. */
  keyOf(c: Context): string | undefined;
  /** Past the limit: the answer to give, or undefined to go on (the route reads `isOver`). */
  whenOver(c: Context): Response | undefined;
}

const overVariable = 'limitsOver';

/** Whether the named limit was passed on this request (for a rule that lets it go on). */
export const isOver = (c: Context, name: string): boolean =>
  ((c.get(overVariable as never) as Set<string> | undefined) ?? new Set()).has(name);

/** A check a middleware makes: an answer to stop with, or undefined to go on. */
export type Check = (c: Context) => Promise<Response | undefined>;

/** The middleware of checks that do not depend on each other: made side by side, in one wait. */
export function allOf(...checks: Check[]): MiddlewareHandler {
  return async (c, next) => {
    const answers = await Promise.all(checks.map((check) => check(c)));
    // The first refusal in the order given (a limit before the form check).
    const refusal = answers.find((answer) => answer !== undefined);
    if (refusal) return refusal;
    await next();
  };
}

/** The check of one limit, for `allOf`. */
export function limitCheck(deps: TableDeps, rule: LimitRule): Check {
  return async (c) => {
    const key = rule.keyOf(c);
    if (key === undefined || (await countOne(deps, rule.limit, key))) return undefined;
    // The limit's name and the route, never the key: it stands for a person.
    log.warn('limit.over', { limit: rule.limit.name, route: c.req.routePath });
    const answer = rule.whenOver(c);
    if (answer) return answer;
    const over = (c.get(overVariable as never) as Set<string> | undefined) ?? new Set();
    over.add(rule.limit.name);
    c.set(overVariable as never, over as never);
    return undefined;
  };
}

/** One limit as a middleware. */
export const limitBy = (deps: TableDeps, rule: LimitRule): MiddlewareHandler =>
  allOf(limitCheck(deps, rule));
