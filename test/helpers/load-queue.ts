/**
 * What is still waiting on a queue, ad by ad: takes every visible message off the queue (receive, then
 * delete, so the emulator's in-flight set stays small: fauxqs scans it on every receive) and counts the
 * ads they carry. Call it with no consumer running, once nothing else needs the messages.
 */
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { parseMessage } from '#shared/pipeline/message.ts';
import { adKey } from '#test/helpers/load-clients.ts';

export interface QueuedAds {
  /** `platform NUL adId` → number of messages carrying it. */
  perAd: Map<string, number>;
  messages: number;
}

export async function takeQueuedAds(sqs: SQSClient, queueUrl: string, hideSeconds = 900): Promise<QueuedAds> {
  const out: QueuedAds = { perAd: new Map(), messages: 0 };
  for (;;) {
    const got = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: hideSeconds,
        WaitTimeSeconds: 0,
      }),
    );
    const messages = got.Messages ?? [];
    if (messages.length === 0) return out;
    for (const m of messages) {
      out.messages++;
      const { ad } = parseMessage(m.Body ?? '');
      const key = adKey(ad.platform, ad.adId);
      out.perAd.set(key, (out.perAd.get(key) ?? 0) + 1);
    }
    const deleted = await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
      }),
    );
    if (deleted.Failed?.length) throw new QueueReadError(`could not delete ${deleted.Failed.length} received messages`);
  }
}

export class QueueReadError extends Error {
  override name = 'QueueReadError';
}
