/**
 * The one definition of the pipeline's AWS resources, as plain data. The CDK stack (infra/) and the
 * local stack (dynalite + fauxqs, `npm start`) both build from it, so the two never drift.
 * Nothing here imports aws-cdk-lib or the AWS SDK.
 *
 * Constraints kept in mind (local emulators): no transactions, no TTL API, and GSIs on an on-demand
 * table need ProvisionedThroughput when created on dynalite (`localProvisionedThroughput`).
 * Every write the pipeline does is a single-item conditional write on an idempotent key.
 */

export type KeyType = 'S' | 'N';

export interface KeyAttribute {
  name: string;
  type: KeyType;
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  /** ALL, KEYS_ONLY, or INCLUDE with the listed non-key attributes. */
  projection: { type: 'ALL' } | { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; nonKeyAttributes: readonly string[] };
  /** What the index answers (see docs/data-model.md). */
  purpose: string;
}

export interface TableDefinition {
  /** Logical id in the CDK stack and default table name locally. */
  id: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  indexes: readonly IndexDefinition[];
  /** Only for local emulators (dynalite asks for it on GSIs); AWS uses on-demand billing. */
  localProvisionedThroughput: { ReadCapacityUnits: number; WriteCapacityUnits: number };
}

export interface QueueDefinition {
  id: string;
  /** Default queue name locally; in AWS CloudFormation names it. */
  localName: string;
  visibilityTimeoutSeconds: number;
  retentionSeconds: number;
  /** Redrive to the DLQ after this many receives. */
  maxReceiveCount?: number;
  deadLetterQueueId?: string;
}

export interface TopicDefinition {
  id: string;
  localName: string;
  /** SNS message attributes every alert carries (for subscription filter policies). */
  messageAttributes: readonly string[];
}

/** The attribute names of the single table. Generic names: one table holds every item type. */
export const ATTR = {
  pk: 'pk',
  sk: 'sk',
  gsi1pk: 'gsi1pk',
  gsi1sk: 'gsi1sk',
  gsi2pk: 'gsi2pk',
  gsi2sk: 'gsi2sk',
  gsi3pk: 'gsi3pk',
  gsi3sk: 'gsi3sk',
  gsi4pk: 'gsi4pk',
  gsi4sk: 'gsi4sk',
  gsi5pk: 'gsi5pk',
  gsi5sk: 'gsi5sk',
} as const;

/**
 * Attributes of a case head copied into the list indexes (enough for a queue row and for stats).
 * DynamoDB allows at most 100 projected non-key attributes summed over all indexes of a table (5 × 18 = 90).
 */
export const CASE_LIST_ATTRIBUTES = [
  'caseId',
  'platform',
  'adId',
  'regionCode',
  'city',
  'country',
  'status',
  'maxSeverity',
  'categories',
  'rules',
  'version',
  'adVersion',
  'createdAt',
  'updatedAt',
  'employerName',
  'creditCode',
  'employerKey',
  'title',
] as const;

const s = (name: string): KeyAttribute => ({ name, type: 'S' });

export const INDEX = {
  /** Regional queue: cases of one region partition (province / country) and status, by severity then time. */
  byRegionStatus: 'gsi1-region-status',
  /** National queue: cases of one status, by severity then time. */
  byStatus: 'gsi2-status',
  /** Cases of one platform, by time. */
  byPlatform: 'gsi3-platform',
  /** Cases of one employer (credit code, else normalised name), by status then time. */
  byEmployer: 'gsi4-employer',
  /** Cases created on one UTC day, by region code: the source of statistics. */
  byDay: 'gsi5-day',
} as const;

export const TABLE: TableDefinition = {
  id: 'recruitwatch-main',
  partitionKey: s(ATTR.pk),
  sortKey: s(ATTR.sk),
  indexes: [
    {
      indexName: INDEX.byRegionStatus,
      partitionKey: s(ATTR.gsi1pk),
      sortKey: s(ATTR.gsi1sk),
      projection: { type: 'INCLUDE', nonKeyAttributes: CASE_LIST_ATTRIBUTES },
      purpose: 'RQ#<regionPartition>#<status> → <sevRank>#<updatedAt>#<caseId>',
    },
    {
      indexName: INDEX.byStatus,
      partitionKey: s(ATTR.gsi2pk),
      sortKey: s(ATTR.gsi2sk),
      projection: { type: 'INCLUDE', nonKeyAttributes: CASE_LIST_ATTRIBUTES },
      purpose: 'NQ#<status> → <sevRank>#<updatedAt>#<caseId>',
    },
    {
      indexName: INDEX.byPlatform,
      partitionKey: s(ATTR.gsi3pk),
      sortKey: s(ATTR.gsi3sk),
      projection: { type: 'INCLUDE', nonKeyAttributes: CASE_LIST_ATTRIBUTES },
      purpose: 'PL#<platform> → <createdAt>#<caseId>',
    },
    {
      indexName: INDEX.byEmployer,
      partitionKey: s(ATTR.gsi4pk),
      sortKey: s(ATTR.gsi4sk),
      projection: { type: 'INCLUDE', nonKeyAttributes: CASE_LIST_ATTRIBUTES },
      purpose: 'EM#<employerKey> → <status>#<createdAt>#<caseId>',
    },
    {
      indexName: INDEX.byDay,
      partitionKey: s(ATTR.gsi5pk),
      sortKey: s(ATTR.gsi5sk),
      projection: { type: 'INCLUDE', nonKeyAttributes: CASE_LIST_ATTRIBUTES },
      purpose: 'DAY#<yyyy-mm-dd> → <regionCode>#<caseId>',
    },
  ],
  localProvisionedThroughput: { ReadCapacityUnits: 50, WriteCapacityUnits: 50 },
};

/** Lambda timeout of the worker; the queue's visibility timeout is 6× this (AWS guidance). */
export const WORKER_TIMEOUT_SECONDS = 30;
export const WORKER_BATCH_SIZE = 10;
export const MAX_RECEIVE_COUNT = 5;

export const DEAD_LETTER_QUEUE: QueueDefinition = {
  id: 'IngestDlq',
  localName: 'recruitwatch-ingest-dlq',
  visibilityTimeoutSeconds: 30,
  retentionSeconds: 14 * 24 * 3600,
};

export const INGEST_QUEUE: QueueDefinition = {
  id: 'IngestQueue',
  localName: 'recruitwatch-ingest',
  visibilityTimeoutSeconds: 6 * WORKER_TIMEOUT_SECONDS,
  retentionSeconds: 4 * 24 * 3600,
  maxReceiveCount: MAX_RECEIVE_COUNT,
  deadLetterQueueId: DEAD_LETTER_QUEUE.id,
};

export const ALERT_TOPIC: TopicDefinition = {
  id: 'AlertTopic',
  localName: 'recruitwatch-alerts',
  messageAttributes: ['jurisdiction', 'category', 'severity'],
};

/** Limits of the feed API (issue 4). */
export const FEED_LIMITS = {
  maxAds: 1_000,
  maxBytes: 5 * 1024 * 1024,
  /** One queue message (the ad in its envelope); SQS accepts 256 KiB per message and per batch. */
  maxMessageBytes: 256 * 1024,
  maxBatchEntries: 10,
} as const;

/** The environment variables the functions read (once, at cold start). */
export const ENV = {
  tableName: 'TABLE_NAME',
  queueUrl: 'INGEST_QUEUE_URL',
  topicArn: 'ALERT_TOPIC_ARN',
} as const;
