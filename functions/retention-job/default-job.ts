/** The retention job's dependencies as it runs, made once per container from the environment. */
import { createDocumentClient } from '../lib/dynamo-client.ts';
import { systemClock } from '../lib/clock.ts';
import { configFromEnv } from '../lib/config.ts';
import type { TableDeps } from '../core/table-deps.ts';

const config = configFromEnv();

export const jobDeps: TableDeps = {
  db: createDocumentClient(config),
  tableName: config.tableName,
  clock: systemClock,
};
