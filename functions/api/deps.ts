import type { AccountStanding } from '../admin/account-standing.ts';
import type { IdentityAdmin } from '../admin/identity-admin.ts';
import type { ReadMonitor } from '../monitor/monitor-read.ts';
import type { ReadNational } from '../monitor/national-read.ts';
import type { TokenVerifier } from '../auth/verify.ts';
import type { SignInConfig } from '../lib/config.ts';
import type { TableDeps } from '../core/table-deps.ts';
import type { TenantLookup } from '../tenants/tenant-store.ts';
import type { AbuseDeps } from '../limits/abuse-deps.ts';

/** Where links in mails point when no SITE_ORIGIN is set. */
export const defaultSiteOrigin = 'https://steunpunt-portaal.example';

/** What both audiences' apps need: the table, the SWVs and where mails link to. */
interface SharedDeps extends TableDeps {
  tenants: TenantLookup;
  /** The site's origin for links in mails (SITE_ORIGIN), without a trailing slash. */
  siteOrigin?: string;
}

/** The public app (public-app.ts): parents' forms and the site's reads. */
export interface PublicApiDeps extends SharedDeps, AbuseDeps {
  /** The public sign-in settings the back office reads (GET /api/auth/config). */
  signIn?: SignInConfig;
}

/** The back-office app (backoffice-app.ts): staff, coördinatoren, SWV readers, beheerders. */
export interface BackofficeApiDeps extends SharedDeps {
  /** Checks back-office tokens; when left out every back-office request is refused. */
  verifyToken?: TokenVerifier;
  /** Where the beheerder's account changes go: Cognito in AWS; the register alone locally. */
  identityAdmin?: IdentityAdmin;
  /** Whether a caller's account still stands as the token says; the register, when left out. */
  accountStanding?: AccountStanding;
  /**
   * Reads an SWV's protected monitor figures (functions/monitor/monitor-read.ts); without
   * one the monitor answers 503, never made-up figures.
   */
  readMonitor?: ReadMonitor;
  /** Reads every SWV's figures together (national-read.ts); a test may hand in its own. */
  readNational?: ReadNational;
}

/** Both apps together, as the local portal and the in-process tests serve them (app.ts). */
export type ApiDeps = PublicApiDeps & BackofficeApiDeps;
