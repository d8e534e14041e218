/**
 * The API app as it runs: clients made once per Lambda container (module scope), from
 * the environment. The Lambda entry and the local portal both serve this very object.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { cognitoIdentityAdmin } from '../admin/cognito-identity-admin.ts';
import { jwksVerifier } from '../auth/verify.ts';
import { createDocumentClient } from '../lib/aws-clients.ts';
import { systemClock } from '../lib/clock.ts';
import { configFromEnv } from '../lib/config.ts';
import { cachedSettingsLookup, withSteunpuntSettings } from '../cases/case-settings.ts';
import { cachedTenantLookup } from '../tenants/tenant-store.ts';
import { createApp } from './app.ts';
import { defaultFormProof, defaultLimitMaxima } from './public-limits.ts';

const config = configFromEnv();
const db = createDocumentClient(config);

export const app = createApp({
  db,
  tableName: config.tableName,
  clock: systemClock,
  ...(config.siteOrigin ? { siteOrigin: config.siteOrigin } : {}),
  // The public writes are always limited and checked here; only in-process tests leave it out.
  limitMaxima: { ...defaultLimitMaxima, ...config.limitMaxima },
  formProof: defaultFormProof,
  ...(config.limitSecret ? { limitSecret: config.limitSecret } : {}),
  // Tenants carry their steunpunt's settings (response target), read once a minute.
  tenants: withSteunpuntSettings(
    cachedTenantLookup(db, config.tableName),
    cachedSettingsLookup({ db, tableName: config.tableName }),
  ),
  ...(config.auth ? { verifyToken: jwksVerifier(config.auth) } : {}),
  ...(config.auth?.signIn ? { signIn: config.auth.signIn } : {}),
  // Locally there is no user pool: the local issuer signs in from the account register.
  ...(config.userPoolId
    ? {
        identityAdmin: cognitoIdentityAdmin(
          new CognitoIdentityProviderClient({ region: config.region }),
          config.userPoolId,
        ),
      }
    : {}),
});
