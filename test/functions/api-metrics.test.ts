import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiHandler } from '#functions/api/app.ts';
import type { ApiDeps } from '#functions/api/deps.ts';
import { ROUTES } from '#functions/api/routes/index.ts';
import type { ApiMetricsSink } from '#functions/common/api-metrics.ts';
import { Engine } from '#shared/engine/engine.ts';
import { FeedIngestor } from '#shared/pipeline/ingest/feed.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';
import { apiEvent } from '#test/functions/events.ts';
import { MemoryQueue, MemoryResults, makeAd } from '#test/pipeline/fakes.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const PRINCIPALS: Record<string, Principal> = {
  rw_platform_a: { kind: 'platform', platform: 'demo-platform-a', subject: 'platform-a' },
  rw_regulator: { kind: 'regulator', regions: '*', subject: 'regulator' },
};

function setup(metrics: ApiMetricsSink) {
  const queue = new MemoryQueue();
  const deps: ApiDeps = {
    ingestor: new FeedIngestor({ queue, newId: () => 'f_metrics' }),
    results: new MemoryResults(),
    engine: new Engine(),
    review: new ReviewService({ store: new MemoryReviewStore(), cursorSecret: undefined }),
  };
  return createApiHandler(deps, { resolve: async (t) => PRINCIPALS[t] }, { error: () => {} }, ROUTES, metrics);
}

/** Records what the handler reports. */
function recorder() {
  const metrics: Record<string, number[]> = {};
  const metadata: Record<string, string> = {};
  const sink: ApiMetricsSink = {
    addMetric: (name, _unit, value) => {
      metrics[name] = [...(metrics[name] ?? []), value];
    },
    addMetadata: (key, value) => {
      metadata[key] = value;
    },
  };
  return { sink, metrics, metadata };
}

describe('API metrics', () => {
  it('a feed reports its accepted and rejected ad counts, its latency and its feedId (metadata)', async () => {
    const r = recorder();
    const ads = [makeAd({ adId: 'a1' }), makeAd({ adId: 'a2' }), { adId: 'bad' }];
    const res = await setup(r.sink)(apiEvent({ token: 'rw_platform_a', body: JSON.stringify(ads) }));
    expect(res.statusCode).toBe(202);
    expect(r.metrics).toMatchObject({ feed_ads_accepted: [2], feed_ads_rejected: [1] });
    expect(r.metrics.feed_latency).toHaveLength(1);
    expect(r.metrics.feed_latency?.[0]).toBeGreaterThan(0);
    expect(r.metadata).toEqual({ feedId: 'f_metrics' });
    expect(r.metrics.check_latency).toBeUndefined();
  });

  it('a check reports its latency; refusals count as client errors and report no ads', async () => {
    const r = recorder();
    const handler = setup(r.sink);
    const ok = await handler(
      apiEvent({ token: 'rw_platform_a', path: '/v1/check', body: JSON.stringify(makeAd({ adId: 'c1' })) }),
    );
    expect(ok.statusCode).toBe(200);
    expect(r.metrics.check_latency).toHaveLength(1);
    const refused = await handler(apiEvent({ body: '[]' })); // no credentials
    expect(refused.statusCode).toBe(401);
    const badJson = await handler(apiEvent({ token: 'rw_platform_a', body: '{not json' }));
    expect(badJson.statusCode).toBe(400);
    expect(r.metrics.client_errors).toEqual([1, 1]);
    expect(r.metrics.requests).toEqual([1, 1, 1]);
    expect(r.metrics.feed_ads_accepted).toBeUndefined();
    expect(r.metrics.server_errors).toBeUndefined();
  });

  it('a review call that succeeds still publishes a metric (no "No application metrics" warning)', async () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const warnings: string[] = [];
    const log = () => {};
    const logger = { debug: log, info: log, error: log, warn: (m: string) => warnings.push(m) };
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const metrics = new Metrics({ namespace: 'RecruitWatch', serviceName: 'recruitwatch-api', logger });
    const res = await setup(metrics)(apiEvent({ method: 'GET', path: '/v1/cases', token: 'rw_regulator' }));
    expect(res.statusCode).toBe(200);
    metrics.publishStoredMetrics();
    expect(warnings.join(' ')).not.toContain('No application metrics');
  });

  it('with Powertools Metrics: one EMF line in the RecruitWatch namespace per publish', async () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const metrics = new Metrics({ namespace: 'RecruitWatch', serviceName: 'recruitwatch-api' });
    await setup(metrics)(apiEvent({ token: 'rw_platform_a', body: JSON.stringify([makeAd({ adId: 'x1' })]) }));
    metrics.publishStoredMetrics();
    const emf = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l._aws !== undefined);
    expect(emf).toHaveLength(1);
    expect(emf[0]).toMatchObject({ feed_ads_accepted: 1, feed_ads_rejected: 0, feedId: 'f_metrics' });
    expect(JSON.stringify(emf[0])).toContain('"Namespace":"RecruitWatch"');
  });
});
