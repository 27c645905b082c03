/**
 * The RecruitWatch pipeline on AWS: HTTP API (Lambda authorizer + API function) → ingest queue (+ DLQ)
 * → screening worker → DynamoDB table; alerts to SNS; alarms to an operations topic.
 * Table, queues and topic come from shared/pipeline/resources.ts, the same definition the local stack uses.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, type CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import {
  AttributeType,
  BillingMode,
  type CfnTable,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { BUNDLING, ENTRIES } from '#infra/bundling.ts';
import { ConsoleHosting } from '#infra/console-hosting.ts';
import { acknowledge } from '#infra/nag.ts';
import { RegulatorUserPool } from '#infra/user-pool.ts';
import { AUTH_ENV } from '#shared/pipeline/config.ts';
import {
  ALERT_TOPIC,
  DEAD_LETTER_QUEUE,
  ENV,
  INGEST_QUEUE,
  MAX_RECEIVE_COUNT,
  TABLE,
  WORKER_BATCH_SIZE,
  WORKER_TIMEOUT_SECONDS,
} from '#shared/pipeline/resources.ts';
import { REVIEW_ENV } from '#shared/review/config.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface RecruitWatchStackProps extends StackProps {
  /** Days of function and access logs kept (default 90). */
  logRetention?: RetentionDays;
  /** Most concurrent worker invocations the queue may drive (protects the table; default 50). */
  workerMaxConcurrency?: number;
  /** Folder of the regulators' console to host on S3 + CloudFront (default `console/`; false: none). */
  consoleDir?: string | false;
}

interface FnSpec {
  id: string;
  entry: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  description: string;
}

export class RecruitWatchStack extends Stack {
  readonly table: Table;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly alertTopic: Topic;
  readonly cursorSecret: Secret;
  readonly api: HttpApi;
  /** Regulators' sign-in to the hosted console (absent without a console). */
  readonly regulators: RegulatorUserPool | undefined;
  readonly functions: Record<'api' | 'authorizer' | 'worker', NodejsFunction>;

  constructor(scope: Construct, id: string, props: RecruitWatchStackProps = {}) {
    super(scope, id, props);
    const retention = props.logRetention ?? RetentionDays.THREE_MONTHS;

    const key = new Key(this, 'MessagesKey', {
      description: 'Encrypts the ingest queues and the SNS topics of RecruitWatch',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // SNS (alarm actions) and CloudWatch must be able to use the key to deliver to encrypted topics
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey');

    // ── storage ──────────────────────────────────────────────────────────────────────────────────
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey.name, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey.name, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // cross-ad signal items expire (shared/signals/dynamodb-store.ts); nothing else carries `ttl`
      timeToLiveAttribute: 'ttl',
    });
    for (const index of TABLE.indexes) {
      const projection = index.projection;
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey.name, type: AttributeType.STRING },
        sortKey: { name: index.sortKey.name, type: AttributeType.STRING },
        projectionType:
          projection.type === 'ALL'
            ? ProjectionType.ALL
            : projection.type === 'KEYS_ONLY'
              ? ProjectionType.KEYS_ONLY
              : ProjectionType.INCLUDE,
        ...(projection.type === 'INCLUDE' ? { nonKeyAttributes: [...projection.nonKeyAttributes] } : {}),
      });
    }

    // ── queues and topics ────────────────────────────────────────────────────────────────────────
    this.deadLetterQueue = new Queue(this, DEAD_LETTER_QUEUE.id, {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(DEAD_LETTER_QUEUE.retentionSeconds),
      visibilityTimeout: Duration.seconds(DEAD_LETTER_QUEUE.visibilityTimeoutSeconds),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue IS the dead-letter queue of the ingest queue; a DLQ of a DLQ would only move the problem.',
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'This queue IS the dead-letter queue; messages stay here for inspection and `recruitwatch redrive`.',
    });
    this.queue = new Queue(this, INGEST_QUEUE.id, {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: key,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(INGEST_QUEUE.retentionSeconds),
      visibilityTimeout: Duration.seconds(INGEST_QUEUE.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    this.alertTopic = new Topic(this, ALERT_TOPIC.id, {
      displayName: 'RecruitWatch enforcement alerts',
      masterKey: key,
      enforceSSL: true,
    });
    const opsTopic = new Topic(this, 'OpsTopic', {
      displayName: 'RecruitWatch operations alarms',
      masterKey: key,
      enforceSSL: true,
    });

    // ── secrets ──────────────────────────────────────────────────────────────────────────────────
    // HMAC key of the review API's page cursors: generated here, never in the template or the environment
    this.cursorSecret = new Secret(this, 'ReviewCursorSecret', {
      description: 'Signs the page cursors of the RecruitWatch review API (read by the API function only)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Signs short-lived page cursors only; rotating it just invalidates open cursors (callers restart from the first page). Rotate by putting a new random value (docs/deploy.md); the API function reads it at its next cold start.',
    });

    // ── functions ────────────────────────────────────────────────────────────────────────────────
    const tableEnv = { [ENV.tableName]: this.table.tableName };
    const fn = (spec: FnSpec) => this.makeFunction(spec, retention);
    const authorizerFn = fn({
      id: 'AuthorizerFunction',
      entry: ENTRIES.authorizer,
      memorySize: 256,
      timeout: Duration.seconds(5),
      environment: { ...tableEnv },
      description: "Resolves API tokens (stored as SHA-256) and regulators' Cognito ID tokens to principals",
    });
    const apiFn = fn({
      id: 'ApiFunction',
      entry: ENTRIES.api,
      memorySize: 1024,
      timeout: Duration.seconds(29),
      environment: {
        ...tableEnv,
        [ENV.queueUrl]: this.queue.queueUrl,
        [REVIEW_ENV.cursorSecretArn]: this.cursorSecret.secretArn,
      },
      description: 'Feed, check, result and review routes of the RecruitWatch HTTP API',
    });
    const workerFn = fn({
      id: 'WorkerFunction',
      entry: ENTRIES.worker,
      memorySize: 1024,
      timeout: Duration.seconds(WORKER_TIMEOUT_SECONDS),
      environment: { ...tableEnv, [ENV.topicArn]: this.alertTopic.topicArn },
      description: 'Screens queued ads, stores results and cases, publishes alerts',
    });
    this.functions = { api: apiFn, authorizer: authorizerFn, worker: workerFn };

    workerFn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: WORKER_BATCH_SIZE,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        maxConcurrency: props.workerMaxConcurrency ?? 50,
      }),
    );
    Validations.of(workerFn).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'SQS event source mappings take no on-failure destination; failed messages reach the DLQ through the queue redrive policy (5 receives).',
    });

    // ── least-privilege grants (explicit actions and resources, no wildcards) ────────────────────
    const indexArns = TABLE.indexes.map((i) => `${this.table.tableArn}/index/${i.indexName}`);
    allow(authorizerFn, ['dynamodb:GetItem'], [this.table.tableArn]);
    allow(apiFn, ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], [this.table.tableArn]);
    allow(apiFn, ['dynamodb:Query'], indexArns);
    allow(apiFn, ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], [this.queue.queueArn]);
    allow(apiFn, ['kms:GenerateDataKey', 'kms:Decrypt'], [key.keyArn]);
    allow(apiFn, ['secretsmanager:GetSecretValue'], [this.cursorSecret.secretArn]);
    // Query on the table itself: the cross-ad signals read the other ads under one `SIG#<key>` partition;
    // BatchWriteItem: they record all keys of an ad in one request (test/infra/grants.test.ts checks that
    // every command each bundle sends is granted)
    allow(
      workerFn,
      ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'],
      [this.table.tableArn],
    );
    allow(workerFn, ['dynamodb:Query'], indexArns);
    allow(workerFn, ['sns:Publish'], [this.alertTopic.topicArn]);
    allow(workerFn, ['kms:GenerateDataKey', 'kms:Decrypt'], [key.keyArn]);

    // ── HTTP API ─────────────────────────────────────────────────────────────────────────────────
    // No identity source, so the authorizer runs even without an Authorization header (API Gateway would
    // answer its own bare 401), and hence no result cache. It never denies (that would be a bare 403):
    // failures reach the API function without a principal and get its 401 {error, requestId}.
    const authorizer = new HttpLambdaAuthorizer('TokenAuthorizer', authorizerFn, {
      responseTypes: [HttpLambdaResponseType.SIMPLE],
      identitySource: [],
      resultsCacheTtl: Duration.seconds(0),
    });
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'RecruitWatch feed, check, result and review API',
      defaultAuthorizer: authorizer,
      createDefaultStage: true,
    });
    this.api.addRoutes({
      path: '/v1/{proxy+}',
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration('ApiIntegration', apiFn),
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention, removalPolicy: RemovalPolicy.RETAIN });
    const stage = this.api.defaultStage?.node.defaultChild as CfnStage | undefined;
    if (stage) {
      stage.accessLogSettings = {
        destinationArn: accessLogs.logGroupArn,
        format: JSON.stringify({
          requestId: '$context.requestId',
          ip: '$context.identity.sourceIp',
          requestTime: '$context.requestTime',
          routeKey: '$context.routeKey',
          status: '$context.status',
          protocol: '$context.protocol',
          responseLength: '$context.responseLength',
          latency: '$context.integrationLatency',
          authorizerError: '$context.authorizer.error',
        }),
      };
      stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };
    }

    // ── console (S3 + CloudFront, /v1/* to the API on the same origin) ────────────────────────────
    const consoleDir = props.consoleDir ?? path.join(ROOT, 'console');
    this.regulators = undefined;
    if (consoleDir && existsSync(path.join(consoleDir, 'index.html'))) {
      const hosting = new ConsoleHosting(this, 'Console', {
        sourceDir: consoleDir,
        apiDomainName: Fn.select(2, Fn.split('/', this.api.apiEndpoint)),
      });
      const consoleUrl = `https://${hosting.distribution.distributionDomainName}`;
      new CfnOutput(this, 'ConsoleUrl', { value: consoleUrl });
      // regulators sign in with the user pool's hosted UI (infra/user-pool.ts); the console learns the pool
      // from config.json, and the authorizer verifies its ID tokens
      this.regulators = new RegulatorUserPool(this, 'Regulators', { consoleUrl });
      hosting.deployment.addSource(Source.jsonData('config.json', this.regulators.consoleConfig()));
      authorizerFn.addEnvironment(AUTH_ENV.userPoolId, this.regulators.userPool.userPoolId);
      authorizerFn.addEnvironment(AUTH_ENV.userPoolClientId, this.regulators.consoleClient.userPoolClientId);
      new CfnOutput(this, 'RegulatorUserPoolId', { value: this.regulators.userPool.userPoolId });
      new CfnOutput(this, 'RegulatorSignInUrl', { value: this.regulators.domain.baseUrl() });
    }

    // ── alarms ───────────────────────────────────────────────────────────────────────────────────
    const alarmAction = new SnsAction(opsTopic);
    const alarms = [
      new Alarm(this, 'DlqNotEmpty', {
        alarmDescription: 'Ads failed 5 times and sit in the dead-letter queue',
        metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1) }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, 'IngestBacklogAge', {
        alarmDescription: 'The oldest queued ad waits more than 10 minutes: screening falls behind',
        metric: this.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(1) }),
        threshold: 600,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 3,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      ...Object.entries(this.functions).map(
        ([name, f]) =>
          new Alarm(this, `${name[0]?.toUpperCase()}${name.slice(1)}Errors`, {
            alarmDescription: `The ${name} function reports errors`,
            metric: f.metricErrors({ period: Duration.minutes(5) }),
            threshold: 0,
            comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluationPeriods: 1,
            treatMissingData: TreatMissingData.NOT_BREACHING,
          }),
      ),
    ];
    for (const a of alarms) a.addAlarmAction(alarmAction);

    // ── outputs ──────────────────────────────────────────────────────────────────────────────────
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'IngestQueueUrl', { value: this.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'AlertTopicArn', { value: this.alertTopic.topicArn });
    new CfnOutput(this, 'OpsTopicArn', { value: opsTopic.topicArn });
    (this.table.node.defaultChild as CfnTable).overrideLogicalId('RecruitWatchTable');
  }

  private makeFunction(spec: FnSpec, retention: RetentionDays): NodejsFunction {
    const logGroup = new LogGroup(this, `${spec.id}Logs`, { retention, removalPolicy: RemovalPolicy.RETAIN });
    // an explicit role: no AWS-managed policy, only this function's log group
    const role = new Role(this, `${spec.id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${spec.id}`,
    });
    allow(role, ['logs:CreateLogStream', 'logs:PutLogEvents'], [logGroup.logGroupArn]);
    acknowledge(role, 'AwsSolutions-IAM5[Resource::*]', XRAY_REASON);
    const service = `recruitwatch-${spec.id.replace(/Function$/, '').toLowerCase()}`;
    const f = new NodejsFunction(this, spec.id, {
      entry: path.join(ROOT, spec.entry),
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memorySize,
      timeout: spec.timeout,
      description: spec.description,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      bundling: BUNDLING,
      environment: {
        ...spec.environment,
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: service,
        POWERTOOLS_METRICS_NAMESPACE: 'RecruitWatch',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    Validations.of(f).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'Invoked synchronously only (API Gateway, SQS event source mapping); a function DLQ applies to asynchronous invocations. Queue messages that fail go to the ingest DLQ.',
    });
    Validations.of(f).acknowledge({
      id: 'Serverless-LambdaAsyncFailureDestination',
      reason: 'Never invoked asynchronously (API Gateway and SQS event sources invoke synchronously).',
    });
    return f;
  }
}

const XRAY_REASON =
  'Only xray:PutTraceSegments and xray:PutTelemetryRecords (added by Tracing.ACTIVE) use Resource *: X-Ray offers no resource-level permissions for them.';

function allow(grantee: IGrantable, actions: string[], resources: string[]): void {
  grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions, resources }));
}
