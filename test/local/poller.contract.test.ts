/**
 * Contract test of the local SQS poller against the fauxqs emulator: it must behave like Lambda's event
 * source mapping (batches, visibility timeout, partial batch failure, redrive to the DLQ after 5 receives).
 */
import { ReceiveMessageCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSqsClient } from '#shared/local/clients.ts';
import type { LocalEndpoint } from '#shared/local/dynamo-server.ts';
import { type SqsBatchHandler, SqsPoller } from '#shared/local/poller.ts';
import { type CreatedQueue, createQueue, queueDepth } from '#shared/local/queues.ts';
import { startSqsServer } from '#shared/local/sqs-server.ts';
import { waitFor } from '#test/helpers/wait.ts';

const REGION = 'us-east-1';
let server: LocalEndpoint;
let sqs: SQSClient;
let n = 0;

beforeAll(async () => {
  server = await startSqsServer({ region: REGION });
  sqs = localSqsClient(server.endpoint, REGION);
});
afterAll(async () => {
  sqs?.destroy();
  await server?.stop();
});

async function freshQueue(): Promise<{ main: CreatedQueue; dlq: CreatedQueue }> {
  n++;
  const dlqName = `contract-${n}-dlq`;
  const main = await createQueue(
    sqs,
    { name: `contract-${n}`, visibilityTimeoutSeconds: 1, deadLetter: { name: dlqName, maxReceiveCount: 5 } },
    REGION,
  );
  const dlq = await createQueue(sqs, { name: dlqName }, REGION);
  return { main, dlq };
}

async function send(queue: CreatedQueue, bodies: string[]): Promise<void> {
  for (let i = 0; i < bodies.length; i += 10) {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: bodies.slice(i, i + 10).map((MessageBody, j) => ({ Id: String(j), MessageBody })),
      }),
    );
  }
}

function poller(queue: CreatedQueue, handler: SqsBatchHandler, batchSize = 10): SqsPoller {
  return new SqsPoller({ sqs, queueUrl: queue.url, queue, handler, batchSize, waitTimeSeconds: 1 });
}

/** Records every delivery: body → receive counts seen. */
function recorder() {
  const deliveries = new Map<string, number[]>();
  const note = (event: SQSEvent) => {
    for (const r of event.Records) {
      const seen = deliveries.get(r.body) ?? [];
      seen.push(Number(r.attributes.ApproximateReceiveCount));
      deliveries.set(r.body, seen);
    }
  };
  return { deliveries, note };
}

describe('SqsPoller against fauxqs', { timeout: 60_000 }, () => {
  it('delivers Lambda-shaped records in batches and deletes what succeeded', async () => {
    const { main } = await freshQueue();
    const { deliveries, note } = recorder();
    const sizes: number[] = [];
    const p = poller(main, async (event) => {
      note(event);
      sizes.push(event.Records.length);
      const r = event.Records[0];
      expect(r?.eventSource).toBe('aws:sqs');
      expect(r?.eventSourceARN).toBe(main.arn);
      expect(r?.awsRegion).toBe(REGION);
      expect(r?.receiptHandle).toBeTruthy();
      return { batchItemFailures: [] };
    });
    await send(
      main,
      Array.from({ length: 25 }, (_, i) => `m${i}`),
    );
    p.start();
    await waitFor(
      async () => (await queueDepth(sqs, main.url)).visible + (await queueDepth(sqs, main.url)).inFlight === 0,
    );
    await p.stop();
    expect(deliveries.size).toBe(25);
    for (const counts of deliveries.values()) expect(counts).toEqual([1]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    expect(p.stats.deleted).toBe(25);
  });

  it('keeps a failed record in flight for the visibility timeout, then redelivers it with a higher receive count', async () => {
    const { main } = await freshQueue();
    const times: number[] = [];
    const counts: number[] = [];
    const p = poller(main, async (event): Promise<SQSBatchResponse> => {
      const r = event.Records[0];
      if (!r) return { batchItemFailures: [] };
      times.push(Date.now());
      counts.push(Number(r.attributes.ApproximateReceiveCount));
      return { batchItemFailures: counts.length === 1 ? [{ itemIdentifier: r.messageId }] : [] };
    });
    await send(main, ['once-failing']);
    p.start();
    await waitFor(() => counts.length >= 2);
    await p.stop();
    expect(counts).toEqual([1, 2]);
    const [first = 0, second = 0] = times;
    expect(second - first).toBeGreaterThanOrEqual(900); // invisible for ~1 s, not redelivered at once
    await waitFor(async () => (await queueDepth(sqs, main.url)).inFlight === 0);
    expect(await queueDepth(sqs, main.url)).toMatchObject({ visible: 0, inFlight: 0 });
  });

  it('fails only the reported record of a batch and moves it to the DLQ after 5 receives', async () => {
    const { main, dlq } = await freshQueue();
    const { deliveries, note } = recorder();
    const p = poller(main, async (event) => {
      note(event);
      return {
        batchItemFailures: event.Records.filter((r) => r.body === 'poison').map((r) => ({
          itemIdentifier: r.messageId,
        })),
      };
    });
    await send(main, ['a', 'poison', 'b', 'c']);
    p.start();
    await waitFor(async () => (await queueDepth(sqs, dlq.url)).visible === 1);
    await p.stop();
    expect(deliveries.get('poison')).toEqual([1, 2, 3, 4, 5]);
    for (const ok of ['a', 'b', 'c']) expect(deliveries.get(ok)).toEqual([1]);
    expect(await queueDepth(sqs, main.url)).toMatchObject({ visible: 0, inFlight: 0 });
    const moved = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.url, MaxNumberOfMessages: 10 }));
    expect(moved.Messages?.map((m) => m.Body)).toEqual(['poison']);
  });

  it('fails the whole batch when the handler throws or names a record not in the batch', async () => {
    const { main } = await freshQueue();
    const { deliveries, note } = recorder();
    let calls = 0;
    const p = poller(main, async (event) => {
      note(event);
      calls++;
      if (calls === 1) throw new Error('crash');
      if (calls === 2) return { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] };
      return undefined; // Lambda treats an empty response as full success
    });
    await send(main, ['x', 'y']);
    p.start();
    await waitFor(async () => {
      const d = await queueDepth(sqs, main.url);
      return calls >= 3 && d.visible + d.inFlight === 0;
    });
    await p.stop();
    expect(p.stats.handlerErrors).toBe(1);
    for (const body of ['x', 'y']) expect(deliveries.get(body)?.at(-1)).toBe(3);
  });

  it('on kill deletes nothing of the batch in flight; the messages come back after the visibility timeout', async () => {
    const { main } = await freshQueue();
    let release: () => void = () => {};
    const started = new Promise<void>((r) => {
      release = r;
    });
    const crashed = poller(main, async () => {
      release();
      await new Promise((r) => setTimeout(r, 300));
      return { batchItemFailures: [] };
    });
    await send(main, ['k1', 'k2', 'k3']);
    crashed.start();
    await started;
    crashed.kill();
    await new Promise((r) => setTimeout(r, 400)); // the abandoned invocation returns but must not delete
    expect(crashed.stats.deleted).toBe(0);
    const { deliveries, note } = recorder();
    const next = poller(main, async (event) => {
      note(event);
      return { batchItemFailures: [] };
    });
    next.start();
    await waitFor(() => deliveries.size === 3);
    await next.stop();
    for (const counts of deliveries.values()) expect(counts).toEqual([2]);
  });

  it('on stop lets the batch in flight finish and delete its messages', async () => {
    const { main } = await freshQueue();
    let inHandler: () => void = () => {};
    const entered = new Promise<void>((r) => {
      inHandler = r;
    });
    let finished = 0;
    const p = poller(main, async (event) => {
      inHandler();
      await new Promise((r) => setTimeout(r, 300));
      finished += event.Records.length;
      return { batchItemFailures: [] };
    });
    await send(main, ['s1', 's2']);
    p.start();
    await entered;
    await p.stop({ graceMs: 5_000 });
    expect(finished).toBe(2);
    expect(await queueDepth(sqs, main.url)).toMatchObject({ visible: 0, inFlight: 0 });
  });
  it('on stop returns a batch still running after the grace period to the queue at once', async () => {
    n++;
    const slowQueue = await createQueue(sqs, { name: `contract-${n}-slow`, visibilityTimeoutSeconds: 60 }, REGION);
    let entered: () => void = () => {};
    const inHandler = new Promise<void>((r) => {
      entered = r;
    });
    const p = poller(slowQueue, async () => {
      entered();
      await new Promise((r) => setTimeout(r, 3_000));
      return { batchItemFailures: [] };
    });
    await send(slowQueue, ['g1', 'g2']);
    p.start();
    await inHandler;
    const stoppedAt = Date.now();
    await p.stop({ graceMs: 200 });
    // visible again long before the 60 s visibility timeout would have expired
    await waitFor(async () => (await queueDepth(sqs, slowQueue.url)).visible === 2, 5_000, 'the returned messages');
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    expect(p.stats.deleted).toBe(0);
  });
  it('accepts every character SQS accepts (emoji, rare ideographs) and refuses what SQS refuses', async () => {
    const { main } = await freshQueue();
    const bodies = ['🔥急招 日结', '𠀀𪚥 rare ideographs', 'tab\tnewline\n'];
    const { deliveries, note } = recorder();
    const p = poller(main, async (event) => {
      note(event);
      return { batchItemFailures: [] };
    });
    await send(main, bodies);
    p.start();
    await waitFor(() => deliveries.size === bodies.length);
    await p.stop();
    expect([...deliveries.keys()].sort()).toEqual([...bodies].sort());
    for (const bad of ['nul\u0000', 'lone \uD800 surrogate', 'U+FFFE \uFFFE']) {
      const out = await sqs.send(
        new SendMessageBatchCommand({ QueueUrl: main.url, Entries: [{ Id: '0', MessageBody: bad }] }),
      );
      expect(out.Failed?.[0]?.Code, JSON.stringify(bad)).toBe('InvalidMessageContents');
    }
  });
});
