/**
 * The worker as a function of its service: each SQS record is parsed and processed on its own; a
 * record that throws is reported in `batchItemFailures` (Powertools batch), so only it is retried
 * and, after 5 receives, moved to the dead-letter queue. The handler is a middy chain: Powertools'
 * middlewares add the Lambda context (request id, cold start) to every log line and publish the
 * metrics of the invocation, even when it fails.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { NO_CONTEXT } from '#functions/common/observability.ts';
import { parseMessage } from '#shared/pipeline/message.ts';
import type { ScreeningService } from '#shared/pipeline/screening.ts';

export type WorkerHandler = (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;

export function createWorkerHandler(service: ScreeningService, logger: Logger, metrics?: Metrics): WorkerHandler {
  const recordHandler = async (record: SQSRecord) => {
    const ids = { messageId: record.messageId, receiveCount: record.attributes?.ApproximateReceiveCount };
    try {
      const outcome = await service.process(parseMessage(record.body));
      logger.info('screened', { ...ids, ...outcome });
      metrics?.addMetric(`ads_${outcome.status}`, MetricUnit.Count, 1);
      if (outcome.alert === 'sent' || outcome.alert === 'sent-unrecorded')
        metrics?.addMetric('alerts_sent', MetricUnit.Count, 1);
      // published, but the ledger write failed: a later delivery may publish it again after the lease
      if (outcome.alert === 'sent-unrecorded') metrics?.addMetric('alerts_unrecorded', MetricUnit.Count, 1);
      return outcome.status;
    } catch (err) {
      logger.warn('record failed', {
        ...ids,
        errorName: err instanceof Error ? err.name : typeof err,
        errorMessage: err instanceof Error ? err.message : undefined,
      });
      metrics?.addMetric('ads_failed', MetricUnit.Count, 1);
      throw err;
    }
  };
  const batch = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    const processor = new BatchProcessor(EventType.SQS);
    const options = context === NO_CONTEXT ? {} : { context };
    return processPartialResponse(event, recordHandler, processor, { ...options, throwOnFullBatchFailure: false });
  };
  // no early timeout: Lambda's own timeout fails the whole batch, as middy's would
  const chain = middy(batch, { timeoutEarlyInMillis: 0 }).use(injectLambdaContext(logger, { resetKeys: true }));
  if (metrics) chain.use(logMetrics(metrics));
  return (event, context) => chain(event, context ?? NO_CONTEXT);
}
