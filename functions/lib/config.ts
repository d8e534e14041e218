/**
 * Settings read once from the environment. In AWS the CDK stack sets them; locally
 * scripts/portal.ts sets them (with the local endpoints) before the apps are imported.
 */
export interface Config {
  tableName: string;
  region: string;
  mailFrom: string;
  /** Only set locally: dynalite. */
  dynamoEndpoint?: string;
  /** Only set locally: aws-ses-v2-local. */
  sesEndpoint?: string;
  /** Who may sign back-office tokens; the back office refuses everyone when unset. */
  auth?: AuthConfig;
}

/** The token issuer the back office trusts: Cognito in AWS, the portal's own locally. */
export interface AuthConfig {
  /** The `iss` claim, e.g. `https://cognito-idp.<region>.amazonaws.com/<pool id>`. */
  issuer: string;
  /** The `aud` claim of an ID token: the back office's app client id. */
  audience: string;
  /** Where the issuer publishes its public keys. */
  jwksUrl: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  const auth = authConfigFromEnv(env);
  return {
    tableName,
    region: env.AWS_REGION ?? 'eu-west-1',
    mailFrom: env.MAIL_FROM ?? 'Ouder- en jeugdsteunpunt <noreply@steunpunt-portaal.example>',
    ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(env.SES_ENDPOINT ? { sesEndpoint: env.SES_ENDPOINT } : {}),
    ...(auth ? { auth } : {}),
  };
}

function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig | undefined {
  const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience, AUTH_JWKS_URL: jwksUrl } = env;
  if (!issuer && !audience && !jwksUrl) return undefined;
  // Half a configuration is a deployment mistake: fail at start, not on the first sign-in.
  if (!issuer || !audience || !jwksUrl) {
    throw new Error('Set all of AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL, or none');
  }
  if (!URL.canParse(jwksUrl)) throw new Error('AUTH_JWKS_URL is not a URL');
  return { issuer, audience, jwksUrl };
}
