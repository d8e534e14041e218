import { handle } from 'hono/aws-lambda';
import { app } from './default-app.ts';

export const handler = handle(app);
