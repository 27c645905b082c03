/** Powertools logger and metrics, one per function. Logs carry ids and counts, never ad text. */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';

export const METRICS_NAMESPACE = 'RecruitWatch';

export const createLogger = (serviceName: string): Logger => new Logger({ serviceName });
export const createMetrics = (serviceName: string): Metrics =>
  new Metrics({ namespace: METRICS_NAMESPACE, serviceName });

/** For in-process callers without a Lambda context (tests, cost scripts): middy types the context as required. */
export const NO_CONTEXT = Object.freeze({}) as Context;
