/**
 * What the API function reports to CloudWatch (EMF, namespace RecruitWatch, service recruitwatch-api), read
 * from each request and its response, so routes stay free of metrics code:
 * - `feed_ads_accepted` / `feed_ads_rejected` (Count, one value per feed: Sum for totals, Average per feed)
 *   and `feed_latency` for `POST /v1/feeds`; the feedId goes into the EMF metadata (the log line), not a
 *   dimension, so each feed can be found in Logs Insights without one metric per feed;
 * - `check_latency` for `POST /v1/check` (synchronous screening: what a platform waits for);
 * - `client_errors` / `server_errors` (Count) for 4xx / 5xx answers of any route;
 * - `requests` (Count) for every answer: the denominator of the error rates, and it keeps Powertools from
 *   warning "No application metrics to publish" on every review call.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { MetricUnit as Unit } from '@aws-lambda-powertools/metrics/types';
import { z } from 'zod';
import type { ApiResponse } from '#shared/pipeline/http/response.ts';

/** The part of Powertools' Metrics the API uses (a fake in tests). */
export interface ApiMetricsSink {
  addMetric(name: string, unit: Unit, value: number): void;
  addMetadata(key: string, value: string): void;
}

const FeedReceipt = z.object({ feedId: z.string(), accepted: z.number(), rejected: z.array(z.unknown()) });

export function recordApiMetrics(
  metrics: ApiMetricsSink,
  req: { method: string; path: string },
  res: ApiResponse,
  elapsedMs: number,
): void {
  metrics.addMetric('requests', MetricUnit.Count, 1);
  if (res.statusCode >= 500) metrics.addMetric('server_errors', MetricUnit.Count, 1);
  else if (res.statusCode >= 400) metrics.addMetric('client_errors', MetricUnit.Count, 1);
  if (req.method !== 'POST') return;
  const path = req.path.replace(/\/+$/, '');
  if (path === '/v1/check') metrics.addMetric('check_latency', MetricUnit.Milliseconds, elapsedMs);
  if (path !== '/v1/feeds') return;
  metrics.addMetric('feed_latency', MetricUnit.Milliseconds, elapsedMs);
  if (res.statusCode !== 202 || typeof res.body !== 'string') return;
  const receipt = FeedReceipt.safeParse(safeJson(res.body));
  if (!receipt.success) return;
  metrics.addMetric('feed_ads_accepted', MetricUnit.Count, receipt.data.accepted);
  metrics.addMetric('feed_ads_rejected', MetricUnit.Count, receipt.data.rejected.length);
  metrics.addMetadata('feedId', receipt.data.feedId);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
