/**
 * The whole API app with real tokens: the local issuer that `npm start` runs, and the JWKS
 * check the portal runs in AWS. For the tests that prove sign-in and access themselves,
 * where the API harness's stand-in auth (`api-harness.ts`) would prove nothing.
 */
import { createApp, type PortalApi } from '../../functions/api/app.ts';
import type { ApiDeps } from '../../functions/api/deps.ts';
import { jwksVerifier } from '../../functions/auth/verify.ts';
import { cachedTenantLookup } from '../../functions/tenants/tenant-store.ts';
import {
  startLocalIdp,
  type LocalIdp,
  type LocalIdpOptions,
} from '../../scripts/local/local-idp.ts';
import { startLocalAws, type LocalAws } from './local-aws.ts';

export type RunningIdp = LocalIdp & { close(): Promise<void> };

export interface SignedInApp {
  aws: LocalAws;
  idp: RunningIdp;
  app: PortalApi;
}

export interface SignedInAppOptions {
  /** What the table holds before the issuer starts (tenants, accounts, cases). */
  seed?: (aws: LocalAws) => Promise<void>;
  /** Who may sign in; the demo users when left out. */
  users?: (aws: LocalAws) => Omit<LocalIdpOptions, 'port'>['users'];
  /** Dependencies that differ from the portal's (a tenant cache of 0 ms, say). */
  deps?: (aws: LocalAws) => Partial<ApiDeps>;
}

export async function startSignedInApp(options: SignedInAppOptions = {}): Promise<SignedInApp> {
  const aws = await startLocalAws();
  let idp: RunningIdp;
  try {
    await options.seed?.(aws);
    const users = options.users?.(aws);
    idp = await startLocalIdp(users ? { users } : {});
  } catch (error) {
    await aws.stop();
    throw error;
  }
  const app = createApp({
    db: aws.db,
    tableName: aws.tableName,
    clock: () => new Date(),
    tenants: cachedTenantLookup(aws.db, aws.tableName),
    verifyToken: jwksVerifier({ issuer: idp.issuer, audience: idp.audience, jwksUrl: idp.jwksUrl }),
    ...options.deps?.(aws),
  });
  return { aws, idp, app };
}

/** Closes what startSignedInApp started; safe when it did not get that far. */
export async function stopSignedInApp(running: Partial<SignedInApp>): Promise<void> {
  await running.idp?.close();
  await running.aws?.stop();
}
