/** Creating queues (with their dead-letter queue and redrive policy) and reading their depth. */
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  type QueueAttributeName,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { QueueIdentity } from '#shared/local/sqs-event.ts';

export interface QueueSpec {
  name: string;
  visibilityTimeoutSeconds?: number;
  /** Dead-letter queue and the receive count after which a message moves there. */
  deadLetter?: { name: string; maxReceiveCount: number };
  /** Raw extra attributes (e.g. MessageRetentionPeriod). */
  attributes?: Record<string, string>;
}

export interface CreatedQueue extends QueueIdentity {
  name: string;
  url: string;
}

export async function queueArn(sqs: SQSClient, url: string): Promise<string> {
  const out = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
  const arn = out.Attributes?.QueueArn;
  if (!arn) throw new Error(`queue ${url} has no ARN`);
  return arn;
}

/**
 * fauxqs names queues `http://sqs.<region>.localhost:<port>/...`, a host that does not resolve here;
 * the same queue answers on the endpoint the client uses. Handing out that URL lets stock SDK clients
 * (the functions' defaults, which use the queue URL as endpoint) reach it.
 */
async function onClientEndpoint(sqs: SQSClient, queueUrl: string): Promise<string> {
  const endpoint = sqs.config.endpoint ? await sqs.config.endpoint() : undefined;
  if (!endpoint) return queueUrl;
  const url = new URL(queueUrl);
  url.protocol = endpoint.protocol;
  url.hostname = endpoint.hostname;
  url.port = endpoint.port === undefined ? '' : String(endpoint.port);
  return url.href;
}

/** Creates the queue (and its DLQ first). CreateQueue is idempotent for equal attributes. */
export async function createQueue(sqs: SQSClient, spec: QueueSpec, region: string): Promise<CreatedQueue> {
  const attributes: Record<string, string> = { ...spec.attributes };
  if (spec.visibilityTimeoutSeconds !== undefined) attributes.VisibilityTimeout = String(spec.visibilityTimeoutSeconds);
  if (spec.deadLetter) {
    const dlq = await createQueue(sqs, { name: spec.deadLetter.name }, region);
    attributes.RedrivePolicy = JSON.stringify({
      deadLetterTargetArn: dlq.arn,
      maxReceiveCount: spec.deadLetter.maxReceiveCount,
    });
  }
  const out = await sqs.send(new CreateQueueCommand({ QueueName: spec.name, Attributes: attributes }));
  if (!out.QueueUrl) throw new Error(`CreateQueue ${spec.name} returned no URL`);
  const url = await onClientEndpoint(sqs, out.QueueUrl);
  return { name: spec.name, url, arn: await queueArn(sqs, url), region };
}

export interface QueueDepth {
  visible: number;
  inFlight: number;
  delayed: number;
}

export async function queueDepth(sqs: SQSClient, url: string): Promise<QueueDepth> {
  const out = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  const n = (k: QueueAttributeName) => Number(out.Attributes?.[k] ?? 0);
  return {
    visible: n('ApproximateNumberOfMessages'),
    inFlight: n('ApproximateNumberOfMessagesNotVisible'),
    delayed: n('ApproximateNumberOfMessagesDelayed'),
  };
}
