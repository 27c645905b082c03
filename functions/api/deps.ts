/**
 * What the API routes depend on. Built once per cold start from the configuration (handler.ts), or
 * from fakes / local clients (tests, the local stack). Review routes add their dependencies here.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { Engine } from '#shared/engine/engine.ts';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { SqsIngestQueue } from '#shared/adapters/sqs/ingest-queue.ts';
import { TokenAuthenticator } from '#shared/pipeline/auth.ts';
import type { ApiConfig } from '#shared/pipeline/config.ts';
import { FeedIngestor } from '#shared/pipeline/ingest/feed.ts';
import type { Authenticator } from '#shared/pipeline/http/router.ts';
import type { ResultStore } from '#shared/pipeline/ports.ts';
import type { Screener } from '#shared/pipeline/screening.ts';
import type { ReviewConfig } from '#shared/review/config.ts';
import { DynamoReviewStore } from '#shared/review/dynamodb-store.ts';
import { ReviewService } from '#shared/review/service.ts';

export interface ApiDeps {
  ingestor: FeedIngestor;
  results: ResultStore;
  engine: Screener;
  review: ReviewService;
}

export interface ApiClients {
  dynamo?: DynamoDBDocumentClient;
  sqs?: SQSClient;
}

export function buildApiDeps(
  config: ApiConfig,
  clients: ApiClients = {},
  reviewConfig: ReviewConfig = { cursorSecret: undefined },
): { deps: ApiDeps; auth: Authenticator } {
  const table = clients.dynamo
    ? { tableName: config.tableName, client: clients.dynamo }
    : { tableName: config.tableName };
  const queue = new SqsIngestQueue(
    clients.sqs ? { queueUrl: config.queueUrl, client: clients.sqs } : { queueUrl: config.queueUrl },
  );
  return {
    deps: {
      ingestor: new FeedIngestor({ queue }),
      results: new DynamoResultStore(table),
      engine: new Engine(),
      review: new ReviewService({ store: new DynamoReviewStore(table), cursorSecret: reviewConfig.cursorSecret }),
    },
    auth: new TokenAuthenticator(new DynamoCredentialStore(table)),
  };
}
