import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { CASE_LIST_ATTRIBUTES, INGEST_QUEUE, MAX_RECEIVE_COUNT, TABLE } from '#shared/pipeline/resources.ts';
import { AUTH_ENV } from '#shared/pipeline/config.ts';
import { REVIEW_ENV } from '#shared/review/config.ts';
import { synthStack } from '#test/infra/synth.ts';

const { stack, template } = synthStack();

/** Our own functions and their policies (not the CDK-provided console deployment handler). */
const ours = <T>(resources: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(resources).filter(([id]) => /^(Api|Authorizer|Worker)Function/.test(id)));

describe('RecruitWatch stack', () => {
  it('builds the table from the shared definition: on-demand, PITR, encrypted, deletion-protected', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    });
    const tables = template.findResources('AWS::DynamoDB::Table');
    const gsis = Object.values(tables)[0]?.Properties.GlobalSecondaryIndexes as { IndexName: string }[];
    expect(gsis.map((g) => g.IndexName).sort()).toEqual(TABLE.indexes.map((i) => i.indexName).sort());
    const projected = TABLE.indexes.reduce(
      (n, i) => n + (i.projection.type === 'INCLUDE' ? i.projection.nonKeyAttributes.length : 0),
      0,
    );
    expect(projected).toBeLessThanOrEqual(100); // DynamoDB's limit per table
    expect(CASE_LIST_ATTRIBUTES).toEqual(expect.arrayContaining(['city', 'status', 'maxSeverity', 'categories']));
  });

  it('redrives the ingest queue to an encrypted DLQ after 5 receives', () => {
    expect(MAX_RECEIVE_COUNT).toBe(5);
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: INGEST_QUEUE.visibilityTimeoutSeconds,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: 5 },
      KmsMasterKeyId: Match.anyValue(),
    });
    template.resourceCountIs('AWS::SQS::Queue', 2);
  });

  it('reports batch item failures from the SQS event source', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
  });

  it('runs every function on Node 24, arm64, with source maps, tracing and a log group with retention', () => {
    const fns = ours(template.findResources('AWS::Lambda::Function'));
    expect(Object.keys(fns)).toHaveLength(3);
    for (const f of Object.values(fns)) {
      expect(f.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Environment: { Variables: expect.objectContaining({ NODE_OPTIONS: '--enable-source-maps' }) },
      });
    }
    const logs = template.findResources('AWS::Logs::LogGroup');
    expect(Object.values(logs).every((l) => typeof l.Properties.RetentionInDays === 'number')).toBe(true);
  });

  it('puts a Lambda authorizer in front of the HTTP API routes, run on every request (no identity source, no cache)', () => {
    // an identity source would make API Gateway answer a missing header itself, with its bare 401
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'REQUEST',
      EnableSimpleResponses: true,
      IdentitySource: [],
      AuthorizerResultTtlInSeconds: 0,
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      AuthorizationType: 'CUSTOM',
      RouteKey: 'POST /v1/{proxy+}',
    });
  });

  it('alarms on a non-empty DLQ, the age of the oldest message and function errors', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateAgeOfOldestMessage' });
    const errors = template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'Errors' } });
    expect(Object.keys(errors)).toHaveLength(3);
  });

  it('grants least privilege: no wildcard actions, DynamoDB only on the table and its named indexes', () => {
    const policies = ours(template.findResources('AWS::IAM::Policy'));
    expect(Object.keys(policies)).toHaveLength(3);
    const statements = Object.values(policies).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(actions).not.toContain('dynamodb:DeleteItem');
    expect(actions).not.toContain('dynamodb:Scan');
    const star = statements.filter((s) => s.Resource === '*').flatMap((s) => s.Action);
    expect(new Set(star)).toEqual(new Set(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']));
    expect(JSON.stringify(statements)).not.toContain('/index/*');
  });

  it('generates the review cursor secret in Secrets Manager and lets only the API function read it', () => {
    const secrets = template.findResources('AWS::SecretsManager::Secret');
    const ids = Object.keys(secrets);
    expect(ids).toHaveLength(1);
    const [secretId] = ids;
    // generated by Secrets Manager: the value is in neither the template nor any environment
    expect(secrets[secretId as string]?.Properties).toMatchObject({
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true },
    });
    expect(secrets[secretId as string]?.Properties.SecretString).toBeUndefined();

    const fns = ours(template.findResources('AWS::Lambda::Function'));
    const envOf = (prefix: string) =>
      Object.entries(fns).find(([id]) => id.startsWith(prefix))?.[1].Properties.Environment.Variables as Record<
        string,
        unknown
      >;
    expect(envOf('ApiFunction')?.[REVIEW_ENV.cursorSecretArn]).toEqual({ Ref: secretId });
    expect(envOf('ApiFunction')?.[REVIEW_ENV.cursorSecret]).toBeUndefined();
    for (const other of ['WorkerFunction', 'AuthorizerFunction']) {
      expect(Object.keys(envOf(other) ?? {})).not.toContain(REVIEW_ENV.cursorSecretArn);
      expect(Object.keys(envOf(other) ?? {})).not.toContain(REVIEW_ENV.cursorSecret);
    }

    const readers = Object.entries(ours(template.findResources('AWS::IAM::Policy'))).filter(([, p]) =>
      JSON.stringify(p.Properties.PolicyDocument).includes('secretsmanager:'),
    );
    expect(readers.map(([id]) => id.replace(/Role.*$/, ''))).toEqual(['ApiFunction']);
    const statements = readers[0]?.[1].Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[];
    expect(statements.filter((st) => JSON.stringify(st.Action).includes('secretsmanager:'))).toEqual([
      expect.objectContaining({ Action: 'secretsmanager:GetSecretValue', Resource: { Ref: secretId } }),
    ]);
  });

  it('hosts the console privately behind CloudFront, with /v1/* sent uncached to the HTTP API', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CacheBehaviors: [Match.objectLike({ PathPattern: '/v1/*', ViewerProtocolPolicy: 'https-only' })],
      }),
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    // the token reaches the API on GET too: the /v1/* cache policy names Authorization and caches nothing
    template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        DefaultTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] },
        }),
      }),
    });
  });

  it('signs regulators in with a user pool: no self sign-up, strong passwords, TOTP MFA required, threat protection', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
      }),
    });
    template.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });

  it('gives the console a public app client: code flow only, callback = the console URL, no secret', () => {
    const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    expect(clients).toHaveLength(1);
    const client = clients[0]?.Properties;
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
    });
    expect(client.AllowedOAuthScopes).not.toContain('aws.cognito.signin.user.admin');
    // a user cannot change their own attributes through the console's client, by any flow
    expect(client.WriteAttributes).toEqual([]);
    const distribution = Object.keys(template.findResources('AWS::CloudFront::Distribution'))[0];
    const consoleUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, '/']] };
    expect(client.CallbackURLs).toEqual([consoleUrl]);
    expect(client.LogoutURLs).toEqual([consoleUrl]);
  });

  it('tells the authorizer which pool and client to trust, and no other function', () => {
    const fns = ours(template.findResources('AWS::Lambda::Function'));
    const pool = Object.keys(template.findResources('AWS::Cognito::UserPool'))[0];
    const client = Object.keys(template.findResources('AWS::Cognito::UserPoolClient'))[0];
    const envOf = (prefix: string) =>
      Object.entries(fns).find(([id]) => id.startsWith(prefix))?.[1].Properties.Environment.Variables as Record<
        string,
        unknown
      >;
    expect(envOf('AuthorizerFunction')).toMatchObject({
      [AUTH_ENV.userPoolId]: { Ref: pool },
      [AUTH_ENV.userPoolClientId]: { Ref: client },
    });
    for (const other of ['ApiFunction', 'WorkerFunction']) {
      expect(Object.keys(envOf(other) ?? {})).not.toContain(AUTH_ENV.userPoolId);
    }
  });

  it('writes the console config.json with the hosted UI domain and client next to the console files', () => {
    const deployments = Object.values(template.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(1);
    const markers = JSON.stringify(deployments[0]?.Properties.SourceMarkers);
    // deploy-time values of config.json (the JSON around them is an asset): client, hosted UI domain, console URL
    const client = Object.keys(template.findResources('AWS::Cognito::UserPoolClient'))[0];
    const domain = Object.keys(template.findResources('AWS::Cognito::UserPoolDomain'))[0];
    const distribution = Object.keys(template.findResources('AWS::CloudFront::Distribution'))[0];
    expect(markers).toContain(`"Ref":"${client}"`);
    expect(markers).toContain(`"Ref":"${domain}"`);
    expect(markers).toContain(`"Fn::GetAtt":["${distribution}","DomainName"]`);
    expect(deployments[0]?.Properties.SourceObjectKeys).toHaveLength(2);
  });

  it('passes cdk-nag AwsSolutions and Serverless with every acknowledgement reasoned', () => {
    for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
      const report = pack.validateScope(stack);
      const found = report.violations.map(
        (v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.resourceLogicalId).join(',')}`,
      );
      expect(found).toEqual([]);
      expect(report.success).toBe(true);
    }
  });
});
