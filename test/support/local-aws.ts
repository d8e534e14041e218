/**
 * Real local stand-ins for the AWS services, for integration tests: dynalite in memory
 * with the portal's table, and aws-ses-v2-local, reached through the real SDK clients.
 */
import type { MailWorkerDeps } from '../../functions/mail/mail-worker.ts';
import { mailTemplates } from '../../functions/mail-worker/mail-templates.ts';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SESClient } from '@aws-sdk/client-ses';
import { createDocumentClient } from '../../functions/lib/dynamo-client.ts';
import { createSesClient } from '../../functions/lib/ses-client.ts';
import type { Config } from '../../functions/lib/config.ts';
import { ensureTable, startLocalDynamo } from '../../scripts/local/local-dynamo.ts';
import { startLocalSes, type LocalSes } from '../../scripts/local/local-ses.ts';
import type { Tenant } from '../../functions/tenants/swv-profile.ts';
import { putTenant } from '../../functions/tenants/tenant-store.ts';
import { inboxPartition } from '../../functions/cases/case-keys.ts';

export interface LocalAws {
  db: DynamoDBDocumentClient;
  ses: SESClient;
  localSes: LocalSes;
  tableName: string;
  stop(): Promise<void>;
}

export async function startLocalAws(): Promise<LocalAws> {
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  const dynamo = await startLocalDynamo();
  const localSes = await startLocalSes();
  const config: Config = {
    tableName: 'test-table',
    region: 'eu-west-1',
    mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
    dynamoEndpoint: dynamo.endpoint,
    sesEndpoint: localSes.endpoint,
  };
  const admin = new DynamoDBClient({ endpoint: dynamo.endpoint, region: config.region });
  await ensureTable(admin, config.tableName);
  admin.destroy();
  const db = createDocumentClient(config);
  const ses = createSesClient(config);
  return {
    db,
    ses,
    localSes,
    tableName: config.tableName,
    async stop() {
      db.destroy();
      ses.destroy();
      await localSes.close();
      await dynamo.close();
    },
  };
}

export const testTenant = (slug = 'swv-test'): Tenant => ({
  slug,
  steunpunt: 'steunpunt-test',
  name: `Samenwerkingsverband ${slug}`,
  shortName: slug,
  sector: 'PO',
  gemeenten: ['Haarlemmermeer', 'Uithoorn'],
  steunpuntName: 'Steunpunt Test',
  steunpuntEmail: 'steunpunt@test.example',
});

export async function addTenant(aws: LocalAws, tenant: Tenant): Promise<Tenant> {
  await putTenant(aws.db, aws.tableName, tenant);
  return tenant;
}

/** Every new question of a tenant, read through the inbox index as the back office does. */
export async function questionsOf(aws: LocalAws, tenant: string) {
  const { Items } = await aws.db.send(
    new QueryCommand({
      TableName: aws.tableName,
      IndexName: 'inbox',
      KeyConditionExpression: 'inboxPk = :p',
      FilterExpression: 'tenant = :t',
      ExpressionAttributeValues: { ':p': inboxPartition('steunpunt-test', 'nieuw'), ':t': tenant },
    }),
  );
  return Items ?? [];
}

export const validQuestion = (overrides: Record<string, unknown> = {}) => ({
  role: 'ouder',
  topic: 'ondersteuning',
  question: 'Mijn kind krijgt op school niet de hulp die het nodig heeft. Wat kan ik doen?',
  schoolType: 'po',
  gemeente: 'Haarlemmermeer',
  name: 'Anna de Vries',
  contactChannel: 'email',
  email: 'anna.devries@example.nl',
  phone: '',
  consent: true,
  ...overrides,
});

/**
 * The mail worker as the tests run it: the portal's templates, the local SES, a fixed
 * jitter; `clock` is when it runs.
 */
export const localWorker = (
  aws: LocalAws,
  clock: () => Date,
  overrides: Partial<MailWorkerDeps> = {},
): MailWorkerDeps => ({
  db: aws.db,
  ses: aws.ses,
  tableName: aws.tableName,
  mailFrom: 'Steunpunt <noreply@steunpunt-portaal.example>',
  templates: mailTemplates,
  clock,
  random: () => 0.5,
  ...overrides,
});
