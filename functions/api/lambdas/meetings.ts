import { handle } from 'hono/aws-lambda';
import { createDocumentClient } from '../../lib/dynamo-client.ts';
import { configFromEnv } from '../../lib/config.ts';
import { apiApp } from '../api-app.ts';
import { backofficeGate } from '../backoffice-gate.ts';
import { meetingsRoutes } from '../meetings-app.ts';
import { backofficeDeps } from '../backoffice-wiring.ts';

// Once per container: the configuration is checked, the clients made.
const config = configFromEnv();
const deps = backofficeDeps(config, createDocumentClient(config));

export const handler = handle(apiApp(backofficeGate(deps).route('/', meetingsRoutes(deps))));
