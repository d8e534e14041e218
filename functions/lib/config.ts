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
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  return {
    tableName,
    region: env.AWS_REGION ?? 'eu-west-1',
    mailFrom: env.MAIL_FROM ?? 'Ouder- en jeugdsteunpunt <noreply@steunpunt-portaal.example>',
    ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    ...(env.SES_ENDPOINT ? { sesEndpoint: env.SES_ENDPOINT } : {}),
  };
}
