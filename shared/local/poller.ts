/**
 * An SQS poller that behaves like Lambda's event source mapping for SQS with ReportBatchItemFailures:
 * it receives batches (up to `batchSize`), invokes the handler with an `SQSEvent`, deletes the records
 * the handler did not report as failed, and leaves the failed ones in flight until their visibility
 * timeout expires. If the handler throws, or reports an id that is not in the batch, the whole batch
 * fails (as on Lambda). Redrive to the DLQ after `maxReceiveCount` receives is the queue's job (its
 * RedrivePolicy), exactly as on AWS.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { lambdaContext } from '#shared/local/lambda-context.ts';
import { errorName, type LocalLogger, silentLogger } from '#shared/local/log.ts';
import { type QueueIdentity, toSqsEvent } from '#shared/local/sqs-event.ts';

// biome-ignore lint/suspicious/noConfusingVoidType: Lambda SQS handlers may return nothing (= every record succeeded).
export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void | undefined>;

export interface PollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queue: QueueIdentity;
  handler: SqsBatchHandler;
  functionName?: string;
  /** Records per invocation, 1–10 (Lambda's default is 10). */
  batchSize?: number;
  /** Overrides the queue's visibility timeout on receive (seconds); tests use 1–2 s. */
  visibilityTimeoutSeconds?: number;
  /** Long-poll wait per receive (seconds). */
  waitTimeSeconds?: number;
  /** Parallel receive loops (Lambda scales these; locally 1–2 suffice). */
  concurrency?: number;
  /** Handler timeout given to the Lambda context. */
  timeoutMs?: number;
  logger?: LocalLogger;
}

export interface PollerStats {
  batches: number;
  received: number;
  deleted: number;
  failed: number;
  handlerErrors: number;
}

export interface StopOptions {
  /** How long in-flight batches may run before their messages are returned to the queue. */
  graceMs?: number;
}

interface InFlight {
  messages: Message[];
  done: Promise<void>;
}

export class SqsPoller {
  readonly stats: PollerStats = { batches: 0, received: 0, deleted: 0, failed: 0, handlerErrors: 0 };
  private readonly o: Required<Omit<PollerOptions, 'visibilityTimeoutSeconds'>> & { visibilityTimeoutSeconds?: number };
  private running = false;
  private killed = false;
  private abort = new AbortController();
  private loops: Promise<void>[] = [];
  private readonly inFlight = new Set<InFlight>();

  constructor(options: PollerOptions) {
    this.o = {
      functionName: 'worker',
      batchSize: 10,
      waitTimeSeconds: 1,
      concurrency: 1,
      timeoutMs: 60_000,
      logger: silentLogger,
      ...options,
    };
    if (this.o.batchSize < 1 || this.o.batchSize > 10) throw new RangeError('batchSize must be between 1 and 10');
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.killed = false;
    this.abort = new AbortController();
    this.loops = Array.from({ length: this.o.concurrency }, () => this.loop());
  }

  /**
   * Stops receiving (the current long poll ends within `waitTimeSeconds` and its batch is processed);
   * in-flight batches finish (their results are deleted or reported as usual). Batches
   * still running after `graceMs` are returned to the queue at once (visibility 0) so nothing waits
   * for a timeout — storage is idempotent, so a batch that finishes later anyway does no harm.
   */
  async stop(options: StopOptions = {}): Promise<void> {
    if (!this.running) return;
    // No abort here: an aborted long poll may still be answered with messages nobody would process
    // (they would sit in flight until their timeout). The receive ends within waitTimeSeconds.
    this.running = false;
    const all = Promise.all(this.loops);
    const grace = options.graceMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      all.then(() => false),
      new Promise<boolean>((r) => {
        timer = setTimeout(() => r(true), grace);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      this.killed = true;
      const pending = [...this.inFlight].flatMap((f) => f.messages);
      await this.release(pending);
      this.o.logger.log('warn', 'poller stopped with batches in flight; returned to queue', { count: pending.length });
    }
  }

  /**
   * Simulates a crash: stops at once without deleting anything from in-flight batches. Their messages
   * reappear after the visibility timeout, as when a Lambda invocation dies.
   */
  kill(): void {
    this.running = false;
    this.killed = true;
    this.abort.abort();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let messages: Message[];
      try {
        messages = await this.receive();
      } catch (err) {
        if (!this.running) break;
        this.o.logger.log('warn', 'receive failed; retrying', { error: errorName(err) });
        await sleep(500);
        continue;
      }
      if (messages.length === 0) continue;
      const done = this.process(messages);
      const entry = { messages, done };
      this.inFlight.add(entry);
      try {
        await done;
      } finally {
        this.inFlight.delete(entry);
      }
    }
  }

  private async receive(): Promise<Message[]> {
    const out = await this.o.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: this.o.queueUrl,
        MaxNumberOfMessages: this.o.batchSize,
        WaitTimeSeconds: this.o.waitTimeSeconds,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
        ...(this.o.visibilityTimeoutSeconds !== undefined
          ? { VisibilityTimeout: this.o.visibilityTimeoutSeconds }
          : {}),
      }),
      { abortSignal: this.abort.signal },
    );
    return out.Messages ?? [];
  }

  private async process(messages: Message[]): Promise<void> {
    this.stats.batches++;
    this.stats.received += messages.length;
    const event = toSqsEvent(messages, this.o.queue);
    const context = lambdaContext(this.o.functionName, this.o.timeoutMs, this.o.queue.region);
    let failedIds: Set<string>;
    try {
      const response = await this.o.handler(event, context);
      failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      const known = new Set(event.Records.map((r) => r.messageId));
      if ([...failedIds].some((id) => !known.has(id))) {
        this.o.logger.log('warn', 'handler reported an unknown itemIdentifier; whole batch fails', {
          requestId: context.awsRequestId,
        });
        failedIds = known;
      }
    } catch (err) {
      this.stats.handlerErrors++;
      this.o.logger.log('error', 'handler threw; whole batch fails', {
        requestId: context.awsRequestId,
        error: errorName(err),
        count: messages.length,
      });
      failedIds = new Set(event.Records.map((r) => r.messageId));
    }
    if (this.killed) return; // a crashed worker deletes nothing
    this.stats.failed += failedIds.size;
    const succeeded = messages.filter((m) => !failedIds.has(m.MessageId ?? ''));
    await this.delete(succeeded);
    this.o.logger.log('debug', 'batch done', {
      requestId: context.awsRequestId,
      received: messages.length,
      failed: failedIds.size,
    });
  }

  private async delete(messages: Message[]): Promise<void> {
    if (messages.length === 0) return;
    try {
      const out = await this.o.sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: this.o.queueUrl,
          Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
        }),
      );
      const failed = out.Failed?.length ?? 0;
      this.stats.deleted += messages.length - failed;
      if (failed) this.o.logger.log('warn', 'some deletes failed; those messages will be redelivered', { failed });
    } catch (err) {
      this.o.logger.log('warn', 'delete failed; messages will be redelivered', { error: errorName(err) });
    }
  }

  private async release(messages: Message[]): Promise<void> {
    for (let i = 0; i < messages.length; i += 10) {
      const chunk = messages.slice(i, i + 10);
      try {
        await this.o.sqs.send(
          new ChangeMessageVisibilityBatchCommand({
            QueueUrl: this.o.queueUrl,
            Entries: chunk.map((m, j) => ({ Id: String(j), ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 })),
          }),
        );
      } catch (err) {
        this.o.logger.log('warn', 'could not return messages to the queue; they reappear after the timeout', {
          error: errorName(err),
        });
      }
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
