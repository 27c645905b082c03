/**
 * The whole pipeline on one machine: dynalite + fauxqs on loopback, the table/queues/topic from the
 * shared resource definition, the API behind a local HTTP server, the worker behind a Lambda-like SQS
 * poller, alert sinks behind a subscriber queue. `stop()` shuts it down in order, letting in-flight
 * batches finish (or return to the queue) before the endpoints close.
 */
import { lockDataDir } from '#shared/local/data-lock.ts';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { TokenAuthenticator } from '#shared/pipeline/auth.ts';
import { ENV } from '#shared/pipeline/resources.ts';
import { REVIEW_ENV } from '#shared/review/config.ts';
import { AlertSinks } from '#shared/local/alert-sinks.ts';
import { LOCAL_CREDENTIALS, localDynamoClient, localSnsClient, localSqsClient } from '#shared/local/clients.ts';
import { syncCredentials } from '#shared/local/credential-sync.ts';
import type { LocalCredential } from '#shared/local/credentials.ts';
import { type LocalEndpoint, startDynamoServer } from '#shared/local/dynamo-server.ts';
import { buildLocalFunctions, type LocalFunctions } from '#shared/local/functions.ts';
import { type LocalHttpServer, startHttpServer } from '#shared/local/http-server.ts';
import { httpUrl } from '#shared/local/listen.ts';
import { type LocalLogger, silentLogger } from '#shared/local/log.ts';
import { type SqsBatchHandler, SqsPoller } from '#shared/local/poller.ts';
import { type ProvisionedResources, provision } from '#shared/local/provision.ts';
import { startSqsServer } from '#shared/local/sqs-server.ts';

export const LOCAL_REGION = 'us-east-1';

export interface WorkerOptions {
  batchSize?: number;
  /** Overrides the queue's visibility timeout (seconds) on receive; tests use 1–2 s. */
  visibilityTimeoutSeconds?: number;
  concurrency?: number;
  waitTimeSeconds?: number;
}

export interface LocalStackOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  /** Data folder (dynalite LevelDB in `dynamo/`, fauxqs SQLite in `sqs/`, `alerts.log`); undefined = memory. */
  dataDir?: string;
  credentials: readonly LocalCredential[];
  webhookUrl?: string;
  /** Served at `/` when the folder exists. */
  consoleDir?: string;
  worker?: WorkerOptions;
  /** Fixed emulator ports (a restart in the same process reuses them); 0 = free. */
  endpointPorts?: { dynamo?: number; sqs?: number };
  logger?: LocalLogger;
  /** Wraps the worker handler (fault injection in tests). */
  wrapWorker?: (worker: SqsBatchHandler) => SqsBatchHandler;
  /** Milliseconds in-flight batches may run during stop before they are returned to the queue. */
  shutdownGraceMs?: number;
}

export interface LocalStack {
  readonly url: string;
  readonly port: number;
  readonly endpoints: { dynamo: string; sqs: string };
  readonly resources: ProvisionedResources;
  readonly alerts: AlertSinks;
  /** The JSON Lines file every alert is appended to. */
  readonly alertLog: string;
  /**
   * The SDK clients the functions use (one instance each): fault tests can add middleware to them
   * (e.g. throttle every n-th DynamoDB write) while the stack runs.
   */
  readonly clients: {
    dynamo: ReturnType<typeof localDynamoClient>;
    doc: DynamoDBDocumentClient;
    sqs: ReturnType<typeof localSqsClient>;
  };
  /** The current worker poller. */
  readonly worker: SqsPoller;
  readonly functions: LocalFunctions;
  /** Starts a new worker poller (after `worker.kill()`), optionally with another handler wrapper. */
  restartWorker(wrap?: (worker: SqsBatchHandler) => SqsBatchHandler, options?: WorkerOptions): SqsPoller;
  stop(): Promise<void>;
}

/** The environment the functions read at cold start, and the AWS SDK's endpoint overrides. */
export function localEnvironment(r: ProvisionedResources, endpoints: { dynamo: string; sqs: string }) {
  return {
    [ENV.tableName]: r.tableName,
    [ENV.queueUrl]: r.ingest.url,
    [ENV.topicArn]: r.topicArn,
    AWS_REGION: LOCAL_REGION,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamo,
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    AWS_ENDPOINT_URL_SNS: endpoints.sqs,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  };
}

/**
 * The review API's cursor-signing secret: kept in the data folder (so page cursors survive a restart),
 * or fresh per run in memory mode. Never printed.
 */
function cursorSecret(dataDir: string | undefined): string {
  const fresh = () => randomBytes(32).toString('base64url');
  if (!dataDir) return fresh();
  const file = join(dataDir, 'cursor-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = fresh();
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function startLocalStack(o: LocalStackOptions): Promise<LocalStack> {
  const log = o.logger ?? silentLogger;
  const cleanup: (() => Promise<void>)[] = [];
  const undo = async () => {
    for (const fn of [...cleanup].reverse()) await fn().catch(() => {});
  };
  try {
    if (o.dataDir) {
      const release = lockDataDir(o.dataDir);
      cleanup.push(async () => release());
    }
    const dynamoServer: LocalEndpoint = await startDynamoServer({
      ...(o.dataDir ? { dataDir: join(o.dataDir, 'dynamo') } : {}),
      port: o.endpointPorts?.dynamo ?? 0,
    });
    cleanup.push(() => dynamoServer.stop());
    const sqsServer: LocalEndpoint = await startSqsServer({
      ...(o.dataDir ? { dataDir: join(o.dataDir, 'sqs') } : {}),
      port: o.endpointPorts?.sqs ?? 0,
      region: LOCAL_REGION,
    });
    cleanup.push(() => sqsServer.stop());
    const endpoints = { dynamo: dynamoServer.endpoint, sqs: sqsServer.endpoint };

    const dynamo = localDynamoClient(endpoints.dynamo, LOCAL_REGION);
    const doc = DynamoDBDocumentClient.from(dynamo, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
    const sqs = localSqsClient(endpoints.sqs, LOCAL_REGION);
    const sns = localSnsClient(endpoints.sqs, LOCAL_REGION);
    cleanup.push(async () => {
      dynamo.destroy();
      sqs.destroy();
      sns.destroy();
    });

    const resources = await provision({ dynamo, sqs, sns }, LOCAL_REGION);
    // The functions read their configuration from the environment at cold start, as on Lambda.
    const env = localEnvironment(resources, endpoints);
    Object.assign(process.env, env);
    process.env[REVIEW_ENV.cursorSecret] ??= cursorSecret(o.dataDir);
    // Locally there is no CloudWatch: no EMF metric lines; Powertools logs warnings unless asked for more.
    process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
    process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
    const functions = buildLocalFunctions(process.env, { dynamo: doc, sqs, sns });

    // the stored credentials become exactly the configured set: any other stored token is disabled
    const synced = await syncCredentials({ tableName: resources.tableName, client: doc }, o.credentials);
    if (synced.disabled > 0) log.log('info', 'credentials not configured any more were disabled', { ...synced });
    const authenticator = new TokenAuthenticator(
      new DynamoCredentialStore({ tableName: resources.tableName, client: doc }),
      { ttlMs: 5_000 },
    );

    // in memory mode the log starts empty in a fresh temporary folder, like everything else, and the
    // folder goes on stop (it names employers and ad ids); cleanup runs in reverse, after the pollers stop
    let alertDir = o.dataDir;
    if (alertDir === undefined) {
      const tmp = mkdtempSync(join(tmpdir(), 'recruitwatch-'));
      cleanup.push(async () => rmSync(tmp, { recursive: true, force: true }));
      alertDir = tmp;
    }
    const alertLog = join(alertDir, 'alerts.log');
    const alerts = new AlertSinks({
      logFile: alertLog,
      ...(o.webhookUrl ? { webhookUrl: o.webhookUrl } : {}),
      logger: log,
    });
    const alertPoller = new SqsPoller({
      sqs,
      queueUrl: resources.alertQueue.url,
      queue: resources.alertQueue,
      handler: alerts.handle,
      functionName: 'alert-sinks',
      waitTimeSeconds: o.worker?.waitTimeSeconds ?? 1,
      logger: log,
    });
    const newWorker = (wrap = o.wrapWorker, w: WorkerOptions = o.worker ?? {}) =>
      new SqsPoller({
        sqs,
        queueUrl: resources.ingest.url,
        queue: resources.ingest,
        handler: wrap ? wrap(functions.worker) : functions.worker,
        functionName: 'worker',
        batchSize: w.batchSize ?? 10,
        concurrency: w.concurrency ?? 2,
        waitTimeSeconds: w.waitTimeSeconds ?? 1,
        ...(w.visibilityTimeoutSeconds !== undefined ? { visibilityTimeoutSeconds: w.visibilityTimeoutSeconds } : {}),
        logger: log,
      });
    let worker = newWorker();
    let ready = false;
    const http: LocalHttpServer = await startHttpServer({
      port: o.port,
      region: LOCAL_REGION,
      api: functions.api,
      resolvePrincipal: (token) => authenticator.resolve(token),
      alerts: () => alerts.list(),
      ready: () => ready,
      ...(o.consoleDir && existsSync(o.consoleDir) ? { consoleDir: o.consoleDir } : {}),
      logger: log,
    });
    cleanup.push(() => http.stop());
    const stopPollers = async () => {
      await worker.stop({ graceMs: o.shutdownGraceMs ?? 10_000 });
      await alertPoller.stop({ graceMs: 5_000 });
    };
    cleanup.push(stopPollers);
    worker.start();
    alertPoller.start();
    ready = true;
    log.log('info', 'local stack up', { port: http.port, dynamo: endpoints.dynamo, sqs: endpoints.sqs });

    let stopping: Promise<void> | undefined;
    return {
      url: httpUrl(http.port),
      port: http.port,
      endpoints,
      resources,
      alerts,
      alertLog,
      clients: { dynamo, doc, sqs },
      functions,
      get worker() {
        return worker;
      },
      restartWorker(wrap, options) {
        if (worker.isRunning) throw new Error('stop or kill the running worker first');
        worker = newWorker(wrap, { ...o.worker, ...options });
        worker.start();
        return worker;
      },
      stop() {
        ready = false;
        // HTTP first (no new feeds; open requests finish), then the pollers drain, then clients and emulators
        stopping ??= (async () => {
          await http.stop();
          await stopPollers();
          await undo();
        })();
        return stopping;
      },
    };
  } catch (err) {
    await undo();
    throw err;
  }
}
