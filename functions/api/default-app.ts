/**
 * The whole API as the local portal serves it: both audiences' apps in one, wired to the
 * clients from the environment (scripts/portal.ts sets it). In AWS each half runs as its
 * own function: public-lambda.ts and backoffice-lambda.ts.
 */
import { createDocumentClient } from '../lib/dynamo-client.ts';
import { configFromEnv } from '../lib/config.ts';
import { createApp } from './app.ts';
import { adminDeps } from './admin-wiring.ts';
import { publicDeps } from './public-wiring.ts';

const config = configFromEnv();
const db = createDocumentClient(config);

export const app = createApp({ ...publicDeps(config, db), ...adminDeps(config, db) });
