/**
 * The ingest queue over SQS. Sends in SendMessageBatch calls of at most 10 entries and 256 KiB, and
 * retries entries that failed for the service's reasons (throttling, internal errors) with backoff;
 * entries the service rejected as the sender's fault are returned as failures at once.
 */
import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, SQSClient } from '@aws-sdk/client-sqs';
import type { IngestMessage, IngestQueue, SendFailure } from '#shared/pipeline/ports.ts';
import { FEED_LIMITS } from '#shared/pipeline/resources.ts';

export interface SqsIngestQueueOptions {
  queueUrl: string;
  client?: SQSClient;
  /** Attempts per entry, including the first (default 4). */
  maxAttempts?: number;
  /** Base backoff in ms, doubled per attempt (default 50). */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** SendMessageBatch calls in flight at once (default 10). */
  concurrency?: number;
}

interface Pending {
  position: number;
  body: string;
  bytes: number;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class SqsIngestQueue implements IngestQueue {
  private readonly queueUrl: string;
  private readonly client: SQSClient;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly concurrency: number;

  constructor(options: SqsIngestQueueOptions) {
    this.queueUrl = options.queueUrl;
    this.client = options.client ?? new SQSClient({});
    this.maxAttempts = options.maxAttempts ?? 4;
    this.backoffMs = options.backoffMs ?? 50;
    this.sleep = options.sleep ?? wait;
    this.concurrency = Math.max(1, options.concurrency ?? 10);
  }

  async sendAll(messages: readonly IngestMessage[]): Promise<SendFailure[]> {
    let pending: Pending[] = messages.map((m, position) => {
      const body = sqsSafeJson(m);
      return { position, body, bytes: Buffer.byteLength(body, 'utf8') };
    });
    const failures: SendFailure[] = [];
    for (let attempt = 1; pending.length > 0; attempt++) {
      const last = attempt >= this.maxAttempts;
      const retry: Pending[] = [];
      const all = batches(pending);
      const outcomes = await mapLimit(all, this.concurrency, (batch) => this.sendBatch(batch));
      outcomes.forEach((outcome, i) => {
        const batch = all[i] ?? [];
        for (const f of outcome) {
          const entry = batch.find((p) => p.position === f.position);
          if (!entry) continue;
          if (f.senderFault || last) failures.push({ position: f.position, code: f.code, message: f.message });
          else retry.push(entry);
        }
      });
      pending = retry;
      if (pending.length) await this.sleep(this.backoffMs * 2 ** (attempt - 1));
    }
    return failures.sort((a, b) => a.position - b.position);
  }

  private async sendBatch(batch: Pending[]): Promise<(SendFailure & { senderFault: boolean })[]> {
    const entries: SendMessageBatchRequestEntry[] = batch.map((p) => ({ Id: String(p.position), MessageBody: p.body }));
    try {
      const out = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
      return (out.Failed ?? []).map((f) => ({
        position: Number(f.Id),
        code: f.Code ?? 'Unknown',
        message: f.Message ?? 'send failed',
        senderFault: f.SenderFault === true,
      }));
    } catch (err) {
      // the whole call failed (throttled, network): every entry of the batch is retried
      const code = err instanceof Error ? err.name : 'Error';
      return batch.map((p) => ({ position: p.position, code, message: 'batch call failed', senderFault: false }));
    }
  }
}

/**
 * JSON for an SQS body. JSON.stringify already escapes control characters and lone surrogates; SQS also
 * refuses U+FFFE and U+FFFF (outside the XML character range), which JSON leaves raw: escape them too.
 */
export const sqsSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/** Maps with at most `limit` promises pending; results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Splits entries into SendMessageBatch calls of ≤ 10 entries and ≤ 256 KiB of bodies. */
export function batches<T extends { bytes: number }>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let size = 0;
  for (const it of items) {
    if (cur.length && (cur.length >= FEED_LIMITS.maxBatchEntries || size + it.bytes > FEED_LIMITS.maxMessageBytes)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(it);
    size += it.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}
