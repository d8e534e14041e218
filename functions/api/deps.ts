import type { IdentityAdmin } from '../admin/identity-admin.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import type { SignInConfig } from '../lib/config.ts';
import type { QuestionDeps } from '../questions/question-store.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';

export interface ApiDeps extends QuestionDeps {
  tenants: TenantLookup;
  /** Checks back-office tokens; when left out every back-office request is refused. */
  verifyToken?: TokenVerifier;
  /** The public sign-in settings the back office reads (GET /api/auth/config). */
  signIn?: SignInConfig;
  /** Where the beheerder's account changes go: Cognito in AWS; the register alone locally. */
  identityAdmin?: IdentityAdmin;
}
