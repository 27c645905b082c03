/**
 * `recruitwatch redrive --from DLQ_URL --to QUEUE_URL [--endpoint URL] [--region R] [--max N]`:
 * moves messages from a dead-letter queue back to the queue they came from, once the bug that
 * poisoned them is fixed. Each message is sent to the target before it is deleted from the DLQ, so a
 * failure midway can duplicate a message but never lose one (the worker is idempotent).
 * On AWS, SQS's own StartMessageMoveTask does the same; this command also works against the local
 * emulator, which does not implement it.
 */
import { parseArgs } from 'node:util';
import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
  type SQSClientConfig,
} from '@aws-sdk/client-sqs';

export const REDRIVE_USAGE =
  '  recruitwatch redrive --from DLQ_URL --to QUEUE_URL [--endpoint URL] [--region REGION] [--max N]';

export class RedriveUsageError extends Error {
  override name = 'RedriveUsageError';
}

interface Out {
  write(s: string): boolean;
}

export async function redriveCommand(
  args: string[],
  io: { stdout: Out; stderr: Out },
  env = process.env,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string' },
      max: { type: 'string', default: '100000' },
    },
  });
  if (!values.from) throw new RedriveUsageError('--from (the dead-letter queue URL) is required');
  if (!values.to) throw new RedriveUsageError('--to (the queue URL to move messages back to) is required');
  const max = Number(values.max);
  if (!Number.isInteger(max) || max < 1) throw new RedriveUsageError('--max must be a positive integer');
  const config: SQSClientConfig = { region: values.region ?? env.AWS_REGION ?? 'us-east-1' };
  if (values.endpoint) {
    config.endpoint = values.endpoint;
    config.useQueueUrlAsEndpoint = false;
    // a local emulator accepts any credentials; real ones still win when the environment has them
    if (!env.AWS_ACCESS_KEY_ID) config.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  }
  const sqs = new SQSClient(config);
  try {
    const moved = await moveAll(sqs, values.from, values.to, max);
    io.stdout.write(`moved ${moved} message${moved === 1 ? '' : 's'} from ${values.from} to ${values.to}\n`);
    return 0;
  } catch (err) {
    io.stderr.write(`recruitwatch redrive: ${(err as Error).name}: ${(err as Error).message}\n`);
    return 1;
  } finally {
    sqs.destroy();
  }
}

export async function moveAll(sqs: SQSClient, from: string, to: string, max: number): Promise<number> {
  let moved = 0;
  while (moved < max) {
    const got = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: from,
        MaxNumberOfMessages: Math.min(10, max - moved),
        WaitTimeSeconds: 0,
        VisibilityTimeout: 30,
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = got.Messages ?? [];
    if (messages.length === 0) return moved;
    const sent = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: to,
        Entries: messages.map((m, i) => ({
          Id: String(i),
          MessageBody: m.Body ?? '',
          ...(m.MessageAttributes ? { MessageAttributes: m.MessageAttributes } : {}),
        })),
      }),
    );
    const ok = new Set((sent.Successful ?? []).map((s) => Number(s.Id)));
    const done = messages.filter((_, i) => ok.has(i));
    if (done.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: from,
          Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
        }),
      );
    }
    if (done.length < messages.length)
      throw new Error(`${messages.length - done.length} messages could not be sent back; they stay in the DLQ`);
    moved += done.length;
  }
  return moved;
}
