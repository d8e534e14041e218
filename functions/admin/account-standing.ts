/**
 * Whether a signed-in caller's account still stands as their token says. A token lives up
 * to an hour (Cognito) after the beheerder switches an account off or changes its role;
 * special-category data should not stay open that long, so every back-office request
 * checks the account register too (read once per 30 seconds per warm container).
 *
 * An account the register does not know (made directly in the user pool, such as the first
 * beheerder) stands on its token alone.
 */
import type { StandingCheck } from '../auth/middleware.ts';
import { getAccount } from './accounts.ts';
import { type TableHandle } from '../core/table-deps.ts';

/** The check `authenticate` runs after the token (functions/auth/middleware.ts). */
export type AccountStanding = StandingCheck;
type Standing = Awaited<ReturnType<StandingCheck>>;

export function accountStanding(
  store: TableHandle,
  ttlMs = 30_000,
  now: () => number = Date.now,
): AccountStanding {
  const cache = new Map<string, { standing: Standing; until: number }>();
  return async (principal) => {
    const key = JSON.stringify([
      principal.userId,
      principal.role,
      principal.steunpunt,
      principal.swv,
    ]);
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.standing;
    const account = await getAccount(store, principal.userId);
    let standing: Standing = 'ok';
    if (account && !account.enabled) standing = 'disabled';
    else if (
      account &&
      (account.role !== principal.role ||
        (account.steunpunt ?? undefined) !== principal.steunpunt ||
        (account.swv ?? undefined) !== principal.swv)
    ) {
      standing = 'changed';
    }
    cache.set(key, { standing, until: now() + ttlMs });
    return standing;
  };
}
