/**
 * The back-office apps' dependencies from the environment: the token verifier. Only beheer
 * changes accounts in Cognito, so only its function makes that client (admin-wiring.ts).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { jwksVerifier } from '../auth/verify.ts';
import type { Config } from '../lib/config.ts';
import type { BackofficeApiDeps } from './deps.ts';
import { sharedDeps } from './public-wiring.ts';

export function backofficeDeps(config: Config, db: DynamoDBDocumentClient): BackofficeApiDeps {
  return {
    ...sharedDeps(config, db),
    ...(config.auth ? { verifyToken: jwksVerifier(config.auth) } : {}),
  };
}
