/**
 * Beheer's dependencies: in AWS its account changes go to the user pool as well as the
 * register. Only the admin function imports this, so only it loads the Cognito client.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { cognitoIdentityAdmin } from '../admin/cognito-identity-admin.ts';
import type { Config } from '../lib/config.ts';
import { backofficeDeps } from './backoffice-wiring.ts';
import type { BackofficeApiDeps } from './deps.ts';

export function adminDeps(config: Config, db: DynamoDBDocumentClient): BackofficeApiDeps {
  return {
    ...backofficeDeps(config, db),
    // Locally there is no user pool: the local issuer signs in from the account register.
    ...(config.userPoolId
      ? {
          identityAdmin: cognitoIdentityAdmin(
            new CognitoIdentityProviderClient({ region: config.region }),
            config.userPoolId,
          ),
        }
      : {}),
  };
}
