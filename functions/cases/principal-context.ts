/**
 * The Hono environment of the back-office case routes: the auth middleware (functions/auth)
 * puts the verified caller in `principal`. Declared as a type parameter rather than a
 * global ContextVariableMap augmentation, so it compiles whatever the auth module declares.
 * `staff` and `caseParams` are set by this module's own guards once the caller may handle
 * cases, and that case.
 */
import type { Principal } from '../auth/principal.ts';
import type { Tenant } from '../tenants/swv-profile.ts';
import type { Staff } from './case-access.ts';

/** The case named in the URL, once the caller may see it (set by the `ownCase` guard). */
export interface CaseParams {
  tenant: Tenant;
  target: { tenant: string; caseId: string };
}

export interface CaseEnv {
  Variables: { principal: Principal | undefined; staff: Staff; caseParams: CaseParams };
}
