/**
 * The Hono environment of the back-office routes: the auth middleware (functions/auth)
 * puts the verified caller in `principal`. Declared as a type parameter rather than a
 * global ContextVariableMap augmentation, so it compiles whatever the auth module declares.
 */
import type { Context } from 'hono';
import type { Principal } from '../auth/principal.ts';

export interface PrincipalEnv {
  Variables: { principal: Principal | undefined };
}

/** The caller, if the auth middleware ran; undefined otherwise. */
export function principalOf(c: Context<PrincipalEnv>): Principal | undefined {
  return c.get('principal');
}
