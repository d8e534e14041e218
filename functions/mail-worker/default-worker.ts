/** The mail worker's dependencies as it runs, made once per container from the environment. */
import { createDocumentClient } from '../lib/dynamo-client.ts';
import { createSesClient } from '../lib/ses-client.ts';
import { systemClock } from '../lib/clock.ts';
import { configFromEnv } from '../lib/config.ts';
import type { MailWorkerDeps } from '../mail/mail-worker.ts';
import { mailTemplates } from './mail-templates.ts';

const config = configFromEnv();

export const workerDeps: MailWorkerDeps = {
  db: createDocumentClient(config),
  ses: createSesClient(config),
  tableName: config.tableName,
  mailFrom: config.mailFrom,
  clock: systemClock,
  templates: mailTemplates,
};
