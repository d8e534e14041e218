/**
 * The Hono environment of the back-office case routes: the auth middleware (functions/auth)
 * puts the verified caller in `principal`. Declared as a type parameter rather than a
 * global ContextVariableMap augmentation, so it compiles whatever the auth module declares.
 * `staff` is set by this module's own guards once the caller may handle cases.
 */
import type { Principal } from '../auth/principal.ts';
import type { Staff } from './case-access.ts';

export interface CaseEnv {
  Variables: { principal: Principal | undefined; staff: Staff };
}
