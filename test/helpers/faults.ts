/**
 * Fault injection for runs over the local stack: DynamoDB calls that fail at random (at the SDK client,
 * before the SDK's own retries, so the failure reaches our code), a worker that crashes mid-batch, and
 * processed messages redelivered. Seeded, so a failing run can be replayed.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse } from 'aws-lambda';
import type { SqsBatchHandler } from '#shared/local/poller.ts';

export interface FaultRates {
  /** Per DynamoDB call. */
  dynamo: number;
  /** Per batch of more than one message: half the batch is processed, then the worker throws. */
  crash: number;
  /** Per batch: one processed message is reported failed, so SQS delivers it again. */
  redeliver: number;
}

type Send = (this: unknown, command: { constructor: { name: string } }, ...rest: unknown[]) => Promise<unknown>;

export function faultInjector(seed: number, rates: FaultRates) {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
  let on = false;
  const injected = { dynamo: 0, crashes: 0, redelivered: 0 };

  // the DynamoDB clients share the SDK's base Client prototype with SQS and SNS: only DynamoDB commands fail
  const patched: { proto: { send: Send }; send: Send }[] = [];
  for (const cls of [DynamoDBClient, DynamoDBDocumentClient]) {
    const proto = Object.getPrototypeOf(cls.prototype) as { send: Send };
    if (patched.some((p) => p.proto === proto)) continue;
    const original = proto.send;
    patched.push({ proto, send: original });
    proto.send = function (this: unknown, command, ...rest) {
      const name = command?.constructor?.name ?? '';
      if (on && /Item|Query|Scan|Command$/.test(name) && !/Message|Queue|Publish/.test(name) && rand() < rates.dynamo) {
        injected.dynamo++;
        const err = new Error('injected: rate of requests exceeds the allowed throughput');
        err.name = rand() < 0.5 ? 'ThrottlingException' : 'InternalServerError';
        return Promise.reject(err);
      }
      return original.call(this, command, ...rest);
    };
  }

  /** The worker with crashes and redeliveries injected while the injector is on. */
  const wrap =
    (worker: SqsBatchHandler): SqsBatchHandler =>
    async (event, context): Promise<SQSBatchResponse> => {
      if (on && event.Records.length > 1 && rand() < rates.crash) {
        injected.crashes++;
        await worker({ Records: event.Records.slice(0, Math.ceil(event.Records.length / 2)) }, context);
        throw new Error('injected: worker crashed mid-batch');
      }
      const out = (await worker(event, context)) ?? { batchItemFailures: [] };
      if (on && rand() < rates.redeliver) {
        const done = event.Records.filter((r) => !out.batchItemFailures.some((f) => f.itemIdentifier === r.messageId));
        const again = done.slice(0, 1).map((r) => ({ itemIdentifier: r.messageId }));
        injected.redelivered += again.length;
        return { batchItemFailures: [...out.batchItemFailures, ...again] };
      }
      return out;
    };

  return {
    injected,
    wrap,
    start: () => {
      on = true;
    },
    stop: () => {
      on = false;
    },
    /** Stops injecting and puts the SDK's send back. */
    restore: () => {
      on = false;
      for (const p of patched) p.proto.send = p.send;
    },
  };
}
