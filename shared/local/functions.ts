/**
 * The pipeline's own Lambda functions — the same middy chains Lambda runs — built in-process the way their
 * handler.ts files build them at cold start — configuration from the environment (loadApiConfig / loadWorkerConfig) — but with SDK
 * clients pointed at the local endpoints passed in, so several stacks (tests) can live in one process.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { createApiFunction } from '#functions/api/app.ts';
import { buildApiDeps } from '#functions/api/deps.ts';
import { createLogger, createMetrics } from '#functions/common/observability.ts';
import { createWorkerHandler } from '#functions/worker/app.ts';
import { buildScreeningService } from '#functions/worker/deps.ts';
import { loadApiConfig, loadWorkerConfig } from '#shared/pipeline/config.ts';
import { loadReviewConfig } from '#shared/review/config.ts';
import type { ApiHandler } from '#shared/local/apigw-event.ts';
import type { SqsBatchHandler } from '#shared/local/poller.ts';

export interface LocalFunctions {
  api: ApiHandler;
  worker: SqsBatchHandler;
}

export interface FunctionClients {
  dynamo: DynamoDBDocumentClient;
  sqs: SQSClient;
  sns: SNSClient;
}

export function buildLocalFunctions(
  env: Readonly<Record<string, string | undefined>>,
  c: FunctionClients,
): LocalFunctions {
  const { deps, auth } = buildApiDeps(loadApiConfig(env), { dynamo: c.dynamo, sqs: c.sqs }, loadReviewConfig(env));
  const api = createApiFunction(deps, auth, createLogger('recruitwatch-api'), createMetrics('recruitwatch-api'));
  const service = buildScreeningService(loadWorkerConfig(env), { dynamo: c.dynamo, sns: c.sns });
  const worker = createWorkerHandler(
    service,
    createLogger('recruitwatch-worker'),
    createMetrics('recruitwatch-worker'),
  );
  return { api: (event) => api(event), worker: (event, context) => worker(event, context) };
}
