/**
 * Creates the pipeline's table, queues and topic on the local endpoints from the ONE definition the CDK
 * stack also builds from (shared/pipeline/resources.ts). Idempotent: on a persisted data folder the
 * existing resources are kept (a table missing an index that the definition now has is an error that
 * says how to start afresh).
 */
import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type Projection,
} from '@aws-sdk/client-dynamodb';
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  type SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import {
  ALERT_TOPIC,
  DEAD_LETTER_QUEUE,
  type IndexDefinition,
  INGEST_QUEUE,
  type QueueDefinition,
  TABLE,
  type TableDefinition,
} from '#shared/pipeline/resources.ts';
import { LocalConfigError } from '#shared/local/errors.ts';
import { type CreatedQueue, createQueue } from '#shared/local/queues.ts';

/** The queue the local alert sinks read: subscribed to the alert topic with raw delivery. */
export const LOCAL_ALERT_QUEUE = 'recruitwatch-alerts-local';
export const LOCAL_ALERT_DLQ = 'recruitwatch-alerts-local-dlq';

export interface ProvisionedResources {
  tableName: string;
  ingest: CreatedQueue;
  deadLetter: CreatedQueue;
  topicArn: string;
  alertQueue: CreatedQueue;
  alertDeadLetter: CreatedQueue;
}

function projection(p: IndexDefinition['projection']): Projection {
  if (p.type === 'INCLUDE') return { ProjectionType: 'INCLUDE', NonKeyAttributes: [...p.nonKeyAttributes] };
  return { ProjectionType: p.type };
}

export function createTableInput(t: TableDefinition, tableName: string) {
  const attrs = new Map<string, AttributeDefinition>();
  for (const k of [t.partitionKey, t.sortKey, ...t.indexes.flatMap((i) => [i.partitionKey, i.sortKey])])
    attrs.set(k.name, { AttributeName: k.name, AttributeType: k.type });
  const indexes: GlobalSecondaryIndex[] = t.indexes.map((i) => ({
    IndexName: i.indexName,
    KeySchema: [
      { AttributeName: i.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: i.sortKey.name, KeyType: 'RANGE' },
    ],
    Projection: projection(i.projection),
    ProvisionedThroughput: t.localProvisionedThroughput,
  }));
  return new CreateTableCommand({
    TableName: tableName,
    AttributeDefinitions: [...attrs.values()],
    KeySchema: [
      { AttributeName: t.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: t.sortKey.name, KeyType: 'RANGE' },
    ],
    // dynalite asks for throughput on GSIs; AWS uses on-demand billing (see resources.ts)
    ProvisionedThroughput: t.localProvisionedThroughput,
    ...(indexes.length ? { GlobalSecondaryIndexes: indexes } : {}),
  });
}

export async function ensureTable(dynamo: DynamoDBClient, t: TableDefinition, tableName: string): Promise<void> {
  try {
    const existing = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    const have = new Set((existing.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const missing = t.indexes.map((i) => i.indexName).filter((n) => !have.has(n));
    if (missing.length)
      throw new LocalConfigError(
        `table ${tableName} in the data folder lacks index(es) ${missing.join(', ')}; ` +
          'start with --memory, or delete the data folder (.data/) to recreate it',
      );
    return;
  } catch (err) {
    if (!(err instanceof Error) || err.name !== 'ResourceNotFoundException') throw err;
  }
  await dynamo.send(createTableInput(t, tableName));
}

const queueSpec = (q: QueueDefinition, dlq?: QueueDefinition) => ({
  name: q.localName,
  visibilityTimeoutSeconds: q.visibilityTimeoutSeconds,
  attributes: { MessageRetentionPeriod: String(q.retentionSeconds) },
  ...(dlq && q.maxReceiveCount ? { deadLetter: { name: dlq.localName, maxReceiveCount: q.maxReceiveCount } } : {}),
});

export async function provision(
  clients: { dynamo: DynamoDBClient; sqs: SQSClient; sns: SNSClient },
  region: string,
): Promise<ProvisionedResources> {
  const tableName = TABLE.id;
  await ensureTable(clients.dynamo, TABLE, tableName);
  const deadLetter = await createQueue(clients.sqs, queueSpec(DEAD_LETTER_QUEUE), region);
  const ingest = await createQueue(clients.sqs, queueSpec(INGEST_QUEUE, DEAD_LETTER_QUEUE), region);
  const alertDeadLetter = await createQueue(clients.sqs, { name: LOCAL_ALERT_DLQ }, region);
  const alertQueue = await createQueue(
    clients.sqs,
    {
      name: LOCAL_ALERT_QUEUE,
      visibilityTimeoutSeconds: 30,
      deadLetter: { name: LOCAL_ALERT_DLQ, maxReceiveCount: 5 },
    },
    region,
  );
  const topic = await clients.sns.send(new CreateTopicCommand({ Name: ALERT_TOPIC.localName }));
  const topicArn = topic.TopicArn;
  if (!topicArn) throw new LocalConfigError(`CreateTopic ${ALERT_TOPIC.localName} returned no ARN`);
  const subs = await clients.sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }));
  if (!subs.Subscriptions?.some((s) => s.Endpoint === alertQueue.arn)) {
    await clients.sns.send(
      new SubscribeCommand({
        TopicArn: topicArn,
        Protocol: 'sqs',
        Endpoint: alertQueue.arn,
        Attributes: { RawMessageDelivery: 'true' },
      }),
    );
  }
  return { tableName, ingest, deadLetter, topicArn, alertQueue, alertDeadLetter };
}
