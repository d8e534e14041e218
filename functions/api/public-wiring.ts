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

/** What both apps take from the environment: the table, the clock, the SWVs, the origin. */
export function sharedDeps(config: Config, db: DynamoDBDocumentClient) {
  return {
    db,
    tableName: config.tableName,
    clock: systemClock,
    ...(config.siteOrigin ? { siteOrigin: config.siteOrigin } : {}),
    // Tenants carry their steunpunt's settings (response target), read once a minute.
    tenants: withSteunpuntSettings(
      cachedTenantLookup(db, config.tableName),
      cachedSettingsLookup({ db, tableName: config.tableName }),
    ),
  } satisfies Partial<PublicApiDeps & BackofficeApiDeps>;
}

export function publicDeps(config: Config, db: DynamoDBDocumentClient): PublicApiDeps {
  return {
    ...sharedDeps(config, db),
    // The public writes are always limited and checked here; only in-process tests leave it out.
    limitMaxima: { ...defaultLimitMaxima, ...config.limitMaxima },
    formProof: defaultFormProof,
    ...(config.limitSecret ? { limitSecret: config.limitSecret } : {}),
    ...(config.auth?.signIn ? { signIn: config.auth.signIn } : {}),
  };
}
