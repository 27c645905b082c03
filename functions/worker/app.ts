/**
 * The worker as a function of its service: each SQS record is parsed and processed on its own; a
 * record that throws is reported in `batchItemFailures` (Powertools batch), so only it is retried
 * and, after 5 receives, moved to the dead-letter queue.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
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
  return async (event, context) => {
    const processor = new BatchProcessor(EventType.SQS);
    try {
      const options = context ? { context, throwOnFullBatchFailure: false } : { throwOnFullBatchFailure: false };
      return await processPartialResponse(event, recordHandler, processor, options);
    } finally {
      metrics?.publishStoredMetrics();
    }
  };
}
