/**
 * Settings read once from the environment. In AWS the CDK stack sets them; locally
 * scripts/portal.ts sets them (with the local endpoints) before the apps are imported.
 */
export interface Config {
  tableName: string;
  region: string;
  mailFrom: string;
  /** The site's origin, for links in mails (the cancel link of a meeting). */
  siteOrigin?: string;
  /** Only set locally: dynalite. */
  dynamoEndpoint?: string;
  /** Only set locally: aws-ses-v2-local. */
  sesEndpoint?: string;
  /** Who may sign back-office tokens; the back office refuses everyone when unset. */
  auth?: AuthConfig;
  /** The Cognito user pool the beheerder's account changes go to; unset locally. */
  userPoolId?: string;
  /** Keys the public limits' counters and signs the forms' proofs (functions/limits). */
  limitSecret?: string;
  /** Other maxima for the public limits than their defaults (functions/api/public-limits.ts). */
  limitMaxima?: { submissionsPerMinute?: number; confirmationsPerDay?: number };
}

/** The token issuer the back office trusts: Cognito in AWS, the portal's own locally. */
export interface AuthConfig {
  /** The `iss` claim, e.g. `https://cognito-idp.<region>.amazonaws.com/<pool id>`. */
  issuer: string;
  /** The `aud` claim of an ID token: the back office's app client id. */
  audience: string;
  /** Where the issuer publishes its public keys. */
  jwksUrl: string;
  /** What the back office in the browser needs to sign in; unset, it cannot sign in. */
  signIn?: SignInConfig;
}

/**
 * The public settings of the authorization-code flow with PKCE (GET /api/auth/config):
 * Cognito's managed login in AWS, the portal's own issuer locally. Nothing secret: the
 * back office is a public client.
 */
export interface SignInConfig {
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  /** Where signing out ends the issuer's own session too (Cognito's /logout). */
  logoutUrl?: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  const auth = authConfigFromEnv(env);
  return {
    tableName,
    region: env.AWS_REGION ?? 'eu-west-1',
    mailFrom: env.MAIL_FROM ?? 'Ouder- en jeugdsteunpunt <noreply@steunpunt-portaal.example>',
    ...(env.SITE_ORIGIN ? { siteOrigin: env.SITE_ORIGIN.replace(/\/+$/, '') } : {}),
    ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(env.SES_ENDPOINT ? { sesEndpoint: env.SES_ENDPOINT } : {}),
    ...(auth ? { auth } : {}),
    ...(env.USER_POOL_ID ? { userPoolId: env.USER_POOL_ID } : {}),
    ...(env.LIMIT_SECRET ? { limitSecret: env.LIMIT_SECRET } : {}),
    ...limitMaximaFromEnv(env),
  };
}

function limitMaximaFromEnv(env: NodeJS.ProcessEnv): Pick<Config, 'limitMaxima'> {
  const maxima: Partial<Record<'submissionsPerMinute' | 'confirmationsPerDay', number>> = {};
  for (const [name, field] of [
    ['LIMIT_SUBMISSIONS_PER_MINUTE', 'submissionsPerMinute'],
    ['LIMIT_CONFIRMATIONS_PER_DAY', 'confirmationsPerDay'],
  ] as const) {
    const value = env[name];
    if (value === undefined) continue;
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number < 1) throw new Error(`${name} is not a count`);
    maxima[field] = number;
  }
  return Object.keys(maxima).length > 0 ? { limitMaxima: maxima } : {};
}

function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig | undefined {
  const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience, AUTH_JWKS_URL: jwksUrl } = env;
  if (!issuer && !audience && !jwksUrl) return undefined;
  // Half a configuration is a deployment mistake: fail at start, not on the first sign-in.
  if (!issuer || !audience || !jwksUrl) {
    throw new Error('Set all of AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL, or none');
  }
  if (!URL.canParse(jwksUrl)) throw new Error('AUTH_JWKS_URL is not a URL');
  const signIn = signInConfigFromEnv(env);
  return { issuer, audience, jwksUrl, ...(signIn ? { signIn } : {}) };
}

function signInConfigFromEnv(env: NodeJS.ProcessEnv): SignInConfig | undefined {
  const {
    AUTH_AUTHORIZE_URL: authorizeUrl,
    AUTH_TOKEN_URL: tokenUrl,
    AUTH_CLIENT_ID: clientId,
    AUTH_LOGOUT_URL: logoutUrl,
  } = env;
  if (!authorizeUrl && !tokenUrl && !clientId) return undefined;
  if (!authorizeUrl || !tokenUrl || !clientId) {
    throw new Error('Set all of AUTH_AUTHORIZE_URL, AUTH_TOKEN_URL and AUTH_CLIENT_ID, or none');
  }
  for (const [name, url] of Object.entries({ authorizeUrl, tokenUrl, logoutUrl })) {
    if (url !== undefined && !URL.canParse(url)) throw new Error(`${name} is not a URL`);
  }
  return { authorizeUrl, tokenUrl, clientId, ...(logoutUrl ? { logoutUrl } : {}) };
}
