/**
 * Measures what one screened ad costs the worker: wall and CPU time per ad through the real handler,
 * adapters and SDK (DynamoDB on in-process dynalite, SNS counted), DynamoDB requests and capacity units
 * per ad (ReturnConsumedCapacity on every call), and alerts per ad. Run from the project root:
 *
 *   node infra/cost/measure-worker.ts [--clean] [--no-signals] [../shared/data/dev-set.jsonl ...]
 *
 * Figures feed docs/deploy.md. Loopback has no network latency: on AWS add the DynamoDB round trips
 * (the script prints how many there are per ad) to the wall time.
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { createWorkerHandler } from '#functions/worker/app.ts';
import { Engine } from '#shared/engine/engine.ts';
import { buildScreeningService } from '#functions/worker/deps.ts';
import { DynamoAlertLedger } from '#shared/adapters/dynamodb/alert-ledger.ts';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { AlertService } from '#shared/pipeline/alerts.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import { canonicalJson, sha256Hex } from '#shared/pipeline/content.ts';
import { validateAd } from '#shared/feed/schema.ts';
import type { Alert, IngestMessage } from '#shared/pipeline/ports.ts';
import { TABLE } from '#shared/pipeline/resources.ts';
import { localDynamoClient } from '#shared/local/clients.ts';
import { ensureTable } from '#shared/local/provision.ts';
import {
  indexWritesOf,
  itemBytes,
  operationOf,
  itemWriteUnits,
  type SignalKind,
  signalKindOf,
  unitsOf,
} from './capacity.ts';

const args = process.argv.slice(2);
/** `--clean`: only ads labelled clean in every category (the common case in production). */
const cleanOnly = args.includes('--clean');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0)
  files.push('../shared/data/dev-set.jsonl', '../shared/data/orfd-train.jsonl', '../shared/data/emscad-train.jsonl');

const ads = files.flatMap((f) =>
  readFileSync(path.resolve(f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { ad: unknown; expect?: Record<string, boolean | null> })
    .filter((r) => !cleanOnly || Object.values(r.expect ?? {}).every((v) => v === false))
    .map((r) => r.ad),
);
const messages: IngestMessage[] = [];
const seen = new Set<string>();
for (const [index, raw] of ads.entries()) {
  const v = validateAd(raw);
  if (!v.ok) continue;
  const ad = { ...v.ad, platform: 'measure-platform', adId: `${v.ad.adId}-${index}` };
  if (seen.has(ad.adId)) continue;
  seen.add(ad.adId);
  messages.push({
    v: 1,
    feedId: 'f_measure',
    index,
    receivedAt: new Date().toISOString(),
    adSha256: sha256Hex(canonicalJson(raw)),
    ad,
  });
}

const child = fork(path.join(import.meta.dirname, 'dynalite-child.ts'), {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const endpoint = await new Promise<string>((resolve, reject) => {
  child.once('message', (m) => resolve((m as { endpoint: string }).endpoint));
  child.once('error', reject);
});
const base = localDynamoClient(endpoint, 'ap-east-1');
const tableName = 'rw-measure';
await ensureTable(base, TABLE, tableName);
const doc = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });

const usage = {
  requests: new Map<string, number>(),
  read: 0,
  write: 0,
  versions: 0,
  /** case heads put (one entry in each of the 5 indexes) and head updates that set the index keys */
  heads: { created: 0, updated: 0 },
  /** cross-ad signals by key kind: items written (estimated WCU by item size), Queries and their RCU */
  signals: {
    band: { items: 0, bytes: 0, wcu: 0, queries: 0, rcu: 0 },
    contact: { items: 0, bytes: 0, wcu: 0, queries: 0, rcu: 0 },
  } as Record<SignalKind, { items: number; bytes: number; wcu: number; queries: number; rcu: number }>,
  /** bytes of the items PutItem writes, by itemType (storage; heads later grow by UpdateItem, not counted) */
  putBytes: new Map<string, number>(),
};
doc.middlewareStack.add(
  (next, context) => async (args) => {
    const input = args.input as Record<string, unknown>;
    input.ReturnConsumedCapacity = 'TOTAL';
    const name = String(context.commandName);
    if ((input.Item as { itemType?: string } | undefined)?.itemType === 'version') usage.versions++;
    const put = operationOf(name) === 'Put' ? (input.Item as Record<string, unknown> | undefined) : undefined;
    if (put) usage.putBytes.set(String(put.itemType), (usage.putBytes.get(String(put.itemType)) ?? 0) + itemBytes(put));
    const head = indexWritesOf(name, input);
    if (head) usage.heads[head]++;
    usage.requests.set(name, (usage.requests.get(name) ?? 0) + 1);
    const out = await next(args);
    const units = unitsOf(name, input, out.output as Record<string, unknown>);
    usage.write += units.write;
    usage.read += units.read;
    if (operationOf(name) === 'BatchWrite') {
      const tables = (input.RequestItems ?? {}) as Record<string, { PutRequest?: { Item: Record<string, unknown> } }[]>;
      for (const req of Object.values(tables).flat()) {
        const item = req.PutRequest?.Item;
        const kind = item && signalKindOf(item.pk);
        if (!item || !kind) continue;
        usage.signals[kind].items++;
        usage.signals[kind].bytes += itemBytes(item);
        usage.signals[kind].wcu += itemWriteUnits(item);
      }
    }
    const kind =
      operationOf(name) === 'Query'
        ? signalKindOf((input.ExpressionAttributeValues as Record<string, unknown> | undefined)?.[':pk'])
        : undefined;
    if (kind) {
      usage.signals[kind].queries++;
      usage.signals[kind].rcu += units.read;
    }
    return out;
  },
  { step: 'initialize', name: 'measureCapacity' },
);

const alerts: Alert[] = [];
const config = { tableName, topicArn: 'arn:aws:sns:ap-east-1:111111111111:measure' };
const publisher = { publish: async (a: Alert) => void alerts.push(a) };
/** `--no-signals`: the same worker without cross-ad signals and linking, to see their share. */
const withoutSignals = (): ScreeningService => {
  const table = { tableName, client: doc };
  const cases = new DynamoCaseStore(table);
  return new ScreeningService({
    engine: new Engine(),
    results: new DynamoResultStore(table),
    cases,
    alerts: new AlertService({ cases, ledger: new DynamoAlertLedger(table), publisher }),
  });
};
const service = args.includes('--no-signals')
  ? withoutSignals()
  : buildScreeningService(config, { dynamo: doc, publisher });
const handler = createWorkerHandler(service, new Logger({ serviceName: 'measure', logLevel: 'SILENT' }));

const event = (batch: IngestMessage[]): SQSEvent =>
  ({
    Records: batch.map((m, i) => ({
      messageId: `m-${i}`,
      body: JSON.stringify(m),
      attributes: { ApproximateReceiveCount: '1' },
    })),
  }) as unknown as SQSEvent;

async function pass(label: string) {
  usage.requests.clear();
  usage.read = 0;
  usage.write = 0;
  usage.versions = 0;
  usage.heads = { created: 0, updated: 0 };
  for (const s of Object.values(usage.signals)) Object.assign(s, { items: 0, bytes: 0, wcu: 0, queries: 0, rcu: 0 });
  usage.putBytes.clear();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let failed = 0;
  for (let i = 0; i < messages.length; i += 10) {
    const res = await handler(event(messages.slice(i, i + 10)));
    failed += res.batchItemFailures.length;
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const n = messages.length;
  const per = (x: number) => (x / n).toFixed(3);
  console.log(`\n${label}: ${n} ads in batches of 10, ${failed} failed`);
  console.log(
    `  wall ${per(wall)} ms/ad, CPU ${per((cpu.user + cpu.system) / 1000)} ms/ad (loopback, no network latency)`,
  );
  console.log(
    `  DynamoDB per ad: ${[...usage.requests].map(([k, v]) => `${k.replace('Command', '')} ${per(v)}`).join(', ')}`,
  );
  console.log(`  cases opened or versioned: ${usage.versions} (${((100 * usage.versions) / n).toFixed(1)} %)`);
  console.log(
    `  capacity per ad: ${per(usage.write)} WCU, ${per(usage.read)} RCU (table only, as dynalite reports; Query and GetItem at least 0.5 RCU)`,
  );
  const { created, updated } = usage.heads;
  console.log(
    `  case-head index writes (not in dynalite's figures): ${per(created)} heads put x 5 entries, ${per(updated)} head updates setting index keys per ad`,
  );
  console.log(
    `  bytes put per ad by item type: ${[...usage.putBytes].map(([k, v]) => `${k} ${(v / n).toFixed(0)}`).join(', ')}`,
  );
  for (const [kind, s] of Object.entries(usage.signals))
    console.log(
      `  signals, ${kind} keys per ad: ${per(s.items)} items written (${per(s.bytes)} bytes, ${per(s.wcu)} WCU by item size), ${per(s.queries)} Queries (${per(s.rcu)} RCU)`,
    );
}

// the engine alone, for comparison (same ads, same process)
{
  const engine = new Engine();
  for (const m of messages.slice(0, 100)) engine.screen(m.ad);
  const cpu0 = process.cpuUsage();
  for (const m of messages) engine.screen(m.ad);
  const cpu = process.cpuUsage(cpu0);
  console.log(
    `engine alone: CPU ${((cpu.user + cpu.system) / 1000 / messages.length).toFixed(3)} ms/ad over ${messages.length} ads`,
  );
}

// warm-up (JIT, rule tables) on a copy that is not measured
await handler(event(messages.slice(0, 10).map((m) => ({ ...m, ad: { ...m.ad, adId: `warm-${m.ad.adId}` } }))));
await pass('first submission');
const flaggedAlerts = alerts.length;
await pass('identical re-submission');
console.log(
  `\nalerts published: ${flaggedAlerts} for ${messages.length} ads; none more on re-submission: ${alerts.length === flaggedAlerts}`,
);
console.log(`node ${process.version}`);
child.disconnect();
