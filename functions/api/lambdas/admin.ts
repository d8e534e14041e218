import { handle } from 'hono/aws-lambda';
import { createDocumentClient } from '../../lib/dynamo-client.ts';
import { configFromEnv } from '../../lib/config.ts';
import { apiApp } from '../api-app.ts';
import { adminRoutes } from '../admin-app.ts';
import { backofficeGate } from '../backoffice-gate.ts';
import { adminDeps } from '../admin-wiring.ts';

// Once per container: the configuration is checked, the clients made.
const config = configFromEnv();
const deps = adminDeps(config, createDocumentClient(config));

export const handler = handle(apiApp(backofficeGate(deps).route('/', adminRoutes(deps))));
