/** Turns received SQS messages into the `SQSEvent` Lambda's event source mapping delivers. */
import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda';

export interface QueueIdentity {
  arn: string;
  region: string;
}

const base64 = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('base64') : undefined);

function messageAttributes(attrs: Record<string, MessageAttributeValue> | undefined): SQSMessageAttributes {
  const out: SQSMessageAttributes = {};
  for (const [name, a] of Object.entries(attrs ?? {})) {
    const binaryValue = base64(a.BinaryValue);
    out[name] = {
      dataType: a.DataType ?? 'String',
      stringListValues: a.StringListValues ?? [],
      binaryListValues: (a.BinaryListValues ?? []).map((b) => base64(b) ?? ''),
      ...(a.StringValue !== undefined ? { stringValue: a.StringValue } : {}),
      ...(binaryValue !== undefined ? { binaryValue } : {}),
    };
  }
  return out;
}

export function toSqsRecord(m: Message, queue: QueueIdentity): SQSRecord {
  const a = m.Attributes ?? {};
  const record: SQSRecord = {
    messageId: m.MessageId ?? '',
    receiptHandle: m.ReceiptHandle ?? '',
    body: m.Body ?? '',
    attributes: {
      ApproximateReceiveCount: a.ApproximateReceiveCount ?? '1',
      SentTimestamp: a.SentTimestamp ?? String(Date.now()),
      SenderId: a.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: a.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(a.MessageGroupId !== undefined ? { MessageGroupId: a.MessageGroupId } : {}),
      ...(a.MessageDeduplicationId !== undefined ? { MessageDeduplicationId: a.MessageDeduplicationId } : {}),
      ...(a.SequenceNumber !== undefined ? { SequenceNumber: a.SequenceNumber } : {}),
    },
    messageAttributes: messageAttributes(m.MessageAttributes),
    md5OfBody: m.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: queue.region,
  };
  if (m.MD5OfMessageAttributes !== undefined) record.md5OfMessageAttributes = m.MD5OfMessageAttributes;
  return record;
}

export const toSqsEvent = (messages: readonly Message[], queue: QueueIdentity): SQSEvent => ({
  Records: messages.map((m) => toSqsRecord(m, queue)),
});
