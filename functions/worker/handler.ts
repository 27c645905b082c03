/** Lambda entry of the screening worker (SQS event source with ReportBatchItemFailures). */
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createLogger, createMetrics } from '#functions/common/observability.ts';
import { buildScreeningService } from '#functions/worker/deps.ts';
import { createWorkerHandler } from '#functions/worker/app.ts';
import { loadWorkerConfig } from '#shared/pipeline/config.ts';

const logger = createLogger('recruitwatch-worker');
const metrics = createMetrics('recruitwatch-worker');
const app = createWorkerHandler(buildScreeningService(loadWorkerConfig(process.env)), logger, metrics);

export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => app(event, context);
