import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { roleLabels, roles, type Role } from '../functions/auth/principal.ts';
import { acknowledge } from './nag.ts';

export interface AuthSettings {
  /** The Cognito domain prefix of the sign-in pages: `<prefix>.auth.<region>.amazoncognito.com`. */
  domainPrefix: string;
  /** Where Cognito may send the back office back to after sign-in (code flow with PKCE). */
  callbackUrls: string[];
  /** Where Cognito may send the back office back to after sign-out. */
  logoutUrls: string[];
}

const domainPrefixPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function urlList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new Error(`Set the context value ${name} to a list of URLs (see cdk.json).`);
  }
  for (const url of value as string[]) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    // Cognito accepts plain http only for localhost; anything else must be https.
    const allowed =
      parsed?.protocol === 'https:' ||
      (parsed?.protocol === 'http:' && parsed.hostname === 'localhost');
    if (!allowed) throw new Error(`${name}: ${url} must be an https URL (or http://localhost)`);
  }
  return value as string[];
}

/** Reads the sign-in settings from the CDK context (cdk.json or `-c key=value`) and checks them. */
export function authSettingsFromContext(scope: Construct): AuthSettings {
  const domainPrefix: unknown = scope.node.tryGetContext('authDomainPrefix');
  if (
    typeof domainPrefix !== 'string' ||
    !domainPrefixPattern.test(domainPrefix) ||
    /aws|amazon|cognito/.test(domainPrefix)
  ) {
    throw new Error(
      'Set the context value authDomainPrefix: lowercase letters, digits and hyphens, ' +
        'without "aws", "amazon" or "cognito" (see cdk.json).',
    );
  }
  return {
    domainPrefix,
    callbackUrls: urlList(scope.node.tryGetContext('authCallbackUrls'), 'authCallbackUrls'),
    logoutUrls: urlList(scope.node.tryGetContext('authLogoutUrls'), 'authLogoutUrls'),
  };
}

/**
 * Staff sign-in: a Cognito user pool for steunpunt staff, SWV readers and beheerders, with
 * one group per role and the steunpunt or SWV as custom attributes (the claims
 * functions/auth/claims.ts reads), and the back office's app client. Accounts are made by
 * a beheerder (no self sign-up); the back office signs in with the authorization code
 * flow and PKCE on Cognito's managed login pages, and sends the ID token to the API.
 */
export class PortalAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly backOfficeClient: cognito.UserPoolClient;
  readonly domain: cognito.UserPoolDomain;
  readonly groups: Record<Role, cognito.CfnUserPoolGroup>;

  constructor(scope: Construct, id: string, settings: AuthSettings) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `${Stack.of(this).stackName}-back-office`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      // A changed address counts only once it is verified.
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      customAttributes: {
        steunpunt: new cognito.StringAttribute({ minLen: 2, maxLen: 64, mutable: true }),
        swv: new cognito.StringAttribute({ minLen: 2, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      // Blocks sign-ins Cognito judges risky and passwords known from breaches.
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Je account voor het Steunpunt-portaal',
        emailBody:
          'Er is een account voor je gemaakt in het Steunpunt-portaal.<br>' +
          'Je gebruikersnaam is {username} en je tijdelijke wachtwoord is {####}<br>' +
          'Log binnen 3 dagen in en kies dan een eigen wachtwoord.',
      },
      userVerification: {
        emailSubject: 'Je code voor het Steunpunt-portaal',
        emailBody: 'Je code is {####}',
        emailStyle: cognito.VerificationEmailStyle.CODE,
      },
      deletionProtection: true,
      // The accounts of staff outlive a stack that is torn down by mistake.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.userPool, {
      id: 'AwsSolutions-COG2',
      reason:
        'MFA (TOTP only, no SMS) is offered to every account and stays optional so each steunpunt ' +
        'can enrol its staff in its own time; Plus-tier threat protection blocks risky sign-ins ' +
        'and compromised passwords meanwhile. Switch to Mfa.REQUIRED once all staff enrolled.',
    });

    // One group per role; the order of `roles` is the precedence (lower wins in Cognito).
    this.groups = Object.fromEntries(
      roles.map((role, precedence) => [
        role,
        new cognito.CfnUserPoolGroup(this, `Group-${role}`, {
          userPoolId: this.userPool.userPoolId,
          groupName: role,
          description: roleLabels[role],
          precedence,
        }),
      ]),
    ) as Record<Role, cognito.CfnUserPoolGroup>;

    const readable = new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes('steunpunt', 'swv');
    this.backOfficeClient = this.userPool.addClient('BackOfficeClient', {
      userPoolClientName: 'back-office',
      // A browser app cannot keep a secret: the code flow with PKCE needs none.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: settings.callbackUrls,
        logoutUrls: settings.logoutUrls,
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // A working day; then sign in again.
      refreshTokenValidity: Duration.hours(8),
      readAttributes: readable,
      // Never steunpunt or swv: whoever could write them could choose whose cases to see.
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({
        email: true,
        fullname: true,
      }),
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: settings.domainPrefix },
      // The newer managed login speaks Dutch (`lang=nl`); the classic hosted UI does not.
      managedLoginVersion: cognito.ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    new cognito.CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.backOfficeClient.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    new CfnOutput(this, 'UserPoolId', {
      description: 'The staff user pool: make accounts here and put each in one role group',
      value: this.userPool.userPoolId,
    });
    new CfnOutput(this, 'BackOfficeClientId', {
      description: 'The back office app client (code flow with PKCE, no secret)',
      value: this.backOfficeClient.userPoolClientId,
    });
    new CfnOutput(this, 'SignInDomain', {
      description: 'Cognito managed login for the back office',
      value: this.domain.baseUrl(),
    });
  }

  /**
   * The settings the API function verifies ID tokens with, and the public sign-in settings
   * it hands the back office (GET /api/auth/config; functions/lib/config.ts).
   */
  get apiEnvironment(): Record<
    | 'AUTH_ISSUER'
    | 'AUTH_AUDIENCE'
    | 'AUTH_JWKS_URL'
    | 'AUTH_AUTHORIZE_URL'
    | 'AUTH_TOKEN_URL'
    | 'AUTH_CLIENT_ID'
    | 'AUTH_LOGOUT_URL'
    | 'USER_POOL_ID',
    string
  > {
    // The provider name is `cognito-idp.<region>.amazonaws.com/<pool id>`; the `iss` of the
    // pool's tokens is that name as an https URL.
    const issuer = `https://${this.userPool.userPoolProviderName}`;
    // `https://<prefix>.auth.<region>.amazoncognito.com`: the managed login's endpoints.
    const signInBase = this.domain.baseUrl();
    return {
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: this.backOfficeClient.userPoolClientId,
      AUTH_JWKS_URL: `${issuer}/.well-known/jwks.json`,
      AUTH_AUTHORIZE_URL: `${signInBase}/oauth2/authorize`,
      AUTH_TOKEN_URL: `${signInBase}/oauth2/token`,
      AUTH_CLIENT_ID: this.backOfficeClient.userPoolClientId,
      AUTH_LOGOUT_URL: `${signInBase}/logout`,
      // The beheerder's account changes (functions/admin/cognito-identity-admin.ts).
      USER_POOL_ID: this.userPool.userPoolId,
    };
  }

  /** The API may manage the pool's users (the beheer routes), and nothing else in Cognito. */
  grantUserAdministration(grantee: iam.IGrantable): void {
    this.userPool.grant(
      grantee,
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminUpdateUserAttributes',
      'cognito-idp:AdminDeleteUserAttributes',
      'cognito-idp:AdminListGroupsForUser',
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminRemoveUserFromGroup',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminUserGlobalSignOut',
    );
  }
}
