/**
 * fauxqs (the SQS and SNS APIs) in-process, built through its app builder and bound to 127.0.0.1
 * (its quick-start helper binds every interface). With a data folder, queues and messages persist in
 * SQLite across restarts, so a message queued before Ctrl-C is still there after `npm start`.
 */
import { buildApp } from 'fauxqs';
import { httpUrl, LOOPBACK } from '#shared/local/listen.ts';
import { EndpointStartError } from '#shared/local/errors.ts';
import type { LocalEndpoint } from '#shared/local/dynamo-server.ts';

export interface SqsServerOptions {
  /** Folder for fauxqs' SQLite store; `undefined` keeps everything in memory. */
  dataDir?: string;
  port?: number;
  region: string;
}

type Stores = NonNullable<NonNullable<Parameters<typeof buildApp>[0]>['stores']>;

interface Persistence {
  load(sqs: Stores['sqsStore'], sns: Stores['snsStore'], s3: Stores['s3Store']): void;
  close(): void;
}

/**
 * fauxqs exports persistence only through its quick-start helper, which listens on every interface.
 * We assemble the same pieces (its documented stores + persistence manager) from the installed
 * package so that we can bind to loopback; the module paths are those of fauxqs 2.x.
 */
async function persistentStores(dataDir: string): Promise<{ stores: Stores; persistence: Persistence }> {
  const base = import.meta.resolve('fauxqs');
  const load = async (rel: string) =>
    (await import(new URL(rel, base).href)) as Record<string, new (...a: unknown[]) => unknown>;
  const [{ PersistenceManager }, { SqsStore }, { SnsStore }, { S3Store }] = await Promise.all([
    load('./persistence.js'),
    load('./sqs/sqsStore.js'),
    load('./sns/snsStore.js'),
    load('./s3/s3Store.js'),
  ]);
  if (!PersistenceManager || !SqsStore || !SnsStore || !S3Store)
    throw new EndpointStartError('this fauxqs version does not expose its persistence store');
  const persistence = new PersistenceManager(dataDir) as Persistence;
  const stores = {
    sqsStore: new SqsStore(),
    snsStore: new SnsStore(),
    s3Store: new S3Store(),
  } as Stores;
  persistence.load(stores.sqsStore, stores.snsStore, stores.s3Store);
  // Wire persistence in after loading, as fauxqs' own start-up does (loading must not write back).
  const wire = (o: unknown) => Object.assign(o as object, { persistence });
  wire(stores.sqsStore);
  wire(stores.snsStore);
  wire(stores.s3Store);
  for (const queue of (stores.sqsStore as unknown as { allQueues(): Iterable<unknown> }).allQueues()) wire(queue);
  return { stores, persistence };
}

/** The characters SQS accepts in a message body (AWS SQS API reference, SendMessage). */
const SQS_INVALID_BODY_CHAR = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * fauxqs 2.4 refuses characters above U+FFFF (emoji, rare CJK ideographs) that SQS accepts, so ads
 * like "🔥急招" would be rejected locally but not on AWS. Its check is one shared RegExp; give that
 * object SQS's rule. Lone surrogates and control characters stay invalid, as on SQS.
 */
async function acceptWhatSqsAccepts(): Promise<void> {
  const types = (await import(new URL('./sqs/sqsTypes.js', import.meta.resolve('fauxqs')).href)) as {
    INVALID_MESSAGE_BODY_CHAR?: unknown;
  };
  const check = types.INVALID_MESSAGE_BODY_CHAR;
  if (!(check instanceof RegExp))
    throw new EndpointStartError('this fauxqs version has no message body check to align');
  if (Object.hasOwn(check, 'test')) return; // aligned by an earlier start in this process
  Object.defineProperty(check, 'test', { value: (body: string) => SQS_INVALID_BODY_CHAR.test(body) });
}

export async function startSqsServer(options: SqsServerOptions): Promise<LocalEndpoint> {
  await acceptWhatSqsAccepts();
  const persistent = options.dataDir ? await persistentStores(options.dataDir) : undefined;
  const app = buildApp({
    logger: false,
    defaultRegion: options.region,
    ...(persistent ? { stores: persistent.stores } : {}),
  });
  if (persistent) app.addHook('onClose', async () => persistent.persistence.close());
  try {
    await app.listen({ port: options.port ?? 0, host: LOOPBACK });
  } catch (err) {
    await app.close();
    throw new EndpointStartError(`fauxqs could not listen on ${LOOPBACK}:${options.port ?? 0}`, { cause: err });
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { endpoint: httpUrl(port), port, stop: async () => void (await app.close()) };
}
