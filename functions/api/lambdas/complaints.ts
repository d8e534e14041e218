import { handle } from 'hono/aws-lambda';
import { createDocumentClient } from '../../lib/dynamo-client.ts';
import { configFromEnv } from '../../lib/config.ts';
import { apiApp } from '../api-app.ts';
import { complaintRoutes } from '../complaint-routes.ts';
import { publicDeps } from '../public-wiring.ts';

// Once per container: the configuration is checked, the client made.
const config = configFromEnv();

export const handler = handle(
  apiApp(complaintRoutes(publicDeps(config, createDocumentClient(config)))),
);
