/**
 * Regulators sign in to the console on AWS with a Cognito user pool (people: passwords, MFA, groups);
 * platforms keep hashed API keys (machines). The console's app client runs the hosted UI's authorization
 * code flow with PKCE (public client, no secret) and sends the ID token to the API, whose authorizer
 * verifies it (functions/authorizer, shared/pipeline/id-token-auth.ts).
 *
 * Jurisdiction is carried by GROUPS, `region-<code>` per region code (a prefix: `430100` Changsha and its
 * districts) and `regions-all` for every jurisdiction: only administrators change group membership,
 * whereas users can rewrite their own custom attributes through any app client that may write them.
 *
 * - No self sign-up: administrators create regulators (docs/deploy.md), who get a temporary password by
 *   e-mail and must set a new one and register an authenticator app at first sign-in.
 * - MFA required, TOTP only: regulators' decisions carry legal weight and the console shows personal data.
 *   SMS is left out (it needs an SNS SMS set-up, costs per message, and SIM swaps defeat it).
 * - Plus feature plan with threat protection enforced: compromised-credential and risky sign-in checks
 *   (cdk-nag AwsSolutions-COG8), for a few dollars a month at a regulator's headcount.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface RegulatorUserPoolProps {
  /** The console's URL, `https://<distribution>.cloudfront.net`: the only callback and sign-out URL. */
  consoleUrl: string;
  /** Prefix of the hosted UI's domain `<prefix>.auth.<region>.amazoncognito.com` (default `recruitwatch-<account>`). */
  domainPrefix?: string;
}

/** What the console reads from `config.json` next to its files to run the hosted UI sign-in. */
export interface ConsoleAuthConfig {
  kind: 'cognito';
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  domain: string;
  clientId: string;
  redirectUri: string;
}

export class RegulatorUserPool extends Construct {
  readonly userPool: UserPool;
  readonly consoleClient: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly redirectUri: string;

  constructor(scope: Construct, id: string, props: RegulatorUserPoolProps) {
    super(scope, id);
    this.redirectUri = `${props.consoleUrl}/`;
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: 'recruitwatch-regulators',
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: false },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      autoVerify: { email: true },
      userInvitation: {
        emailSubject: 'RecruitWatch 审核台账号 / your RecruitWatch console account',
        emailBody:
          '用户名 / username: {username}<br>临时密码 / temporary password: {####}<br>首次登录需设置新密码并绑定身份验证器应用。 At first sign-in, set a new password and register an authenticator app.',
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { sms: false, otp: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const account = Stack.of(this).account;
    this.domain = this.userPool.addDomain('HostedUi', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? `recruitwatch-${account}` },
      managedLoginVersion: ManagedLoginVersion.CLASSIC_HOSTED_UI,
    });

    this.consoleClient = new UserPoolClient(this, 'ConsoleClient', {
      userPool: this.userPool,
      userPoolClientName: 'recruitwatch-console',
      generateSecret: false,
      authFlows: { userSrp: true },
      // no attribute is writable through this client (whatever the sign-in flow or token scope); the
      // hosted UI's first sign-in needs none because administrators set the e-mail when they create a user
      writeAttributes: new ClientAttributes(),
      oAuth: {
        flows: { authorizationCodeGrant: true },
        // no aws.cognito.signin.user.admin: the console's access token is not meant for user self-service
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [this.redirectUri],
        logoutUrls: [this.redirectUri],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
    });
  }

  /** The console's `config.json`: the hosted UI's domain and the app client (no secret exists). */
  consoleConfig(): { auth: ConsoleAuthConfig } {
    return {
      auth: {
        kind: 'cognito',
        domain: this.domain.baseUrl(),
        clientId: this.consoleClient.userPoolClientId,
        redirectUri: this.redirectUri,
      },
    };
  }
}
