/**
 * The public app's dependencies from the environment: the clients it needs and nothing the
 * back office uses (no Cognito client, no token verifier).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../lib/clock.ts';
import type { Config } from '../lib/config.ts';
import { cachedSettingsLookup, withSteunpuntSettings } from '../cases/case-settings.ts';
import { cachedTenantLookup } from '../tenants/tenant-store.ts';
import type { BackofficeApiDeps, PublicApiDeps } from './deps.ts';
import { defaultFormProof, defaultLimitMaxima } from './public-limits.ts';

/** What every app takes from the environment: the table, the clock, the SWVs, the origin. */
function baseDeps(config: Config, db: DynamoDBDocumentClient) {
  return {
    db,
    tableName: config.tableName,
    clock: systemClock,
    ...(config.siteOrigin ? { siteOrigin: config.siteOrigin } : {}),
    tenants: cachedTenantLookup(db, config.tableName),
  } satisfies Partial<PublicApiDeps & BackofficeApiDeps>;
}

/** As baseDeps, with tenants that carry their steunpunt's settings (response target), read once a minute. */
export function sharedDeps(config: Config, db: DynamoDBDocumentClient) {
  const base = baseDeps(config, db);
  return {
    ...base,
    tenants: withSteunpuntSettings(
      base.tenants,
      cachedSettingsLookup({ db, tableName: config.tableName }),
    ),
  };
}

/** The public writes are always limited and checked here; only in-process tests leave it out. */
const publicChecks = (config: Config) => ({
  limitMaxima: { ...defaultLimitMaxima, ...config.limitMaxima },
  formProof: defaultFormProof,
  ...(config.limitSecret ? { limitSecret: config.limitSecret } : {}),
});

/**
 * The Oudercafé's: no answer date to compute, so no steunpunt settings, and no sign-in
 * settings to hand out.
 */
export function oudercafeDeps(config: Config, db: DynamoDBDocumentClient): PublicApiDeps {
  return { ...baseDeps(config, db), ...publicChecks(config) };
}

/** The public forms' and the site's reads. */
export function publicDeps(config: Config, db: DynamoDBDocumentClient): PublicApiDeps {
  return {
    ...sharedDeps(config, db),
    ...publicChecks(config),
    ...(config.auth?.signIn ? { signIn: config.auth.signIn } : {}),
  };
}
