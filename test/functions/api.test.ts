import { describe, expect, it, vi } from 'vitest';
import { createApiHandler } from '#functions/api/app.ts';
import type { ApiDeps } from '#functions/api/deps.ts';
import { Engine } from '#shared/engine/engine.ts';
import { FeedIngestor } from '#shared/pipeline/ingest/feed.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { apiEvent } from '#test/functions/events.ts';
import { MemoryQueue, MemoryResults, makeAd } from '#test/pipeline/fakes.ts';

const PRINCIPALS: Record<string, Principal> = {
  rw_demo_platform_a: { kind: 'platform', platform: 'demo-platform-a', subject: 'platform-a' },
  rw_demo_platform_b: { kind: 'platform', platform: 'demo-platform-b', subject: 'platform-b' },
  rw_demo_regulator: { kind: 'regulator', regions: '*', subject: 'national' },
};

function setup() {
  const queue = new MemoryQueue();
  const results = new MemoryResults();
  const deps: ApiDeps = {
    ingestor: new FeedIngestor({ queue, newId: () => 'f_fixed' }),
    results,
    engine: new Engine(),
    review: new ReviewService({ store: new MemoryReviewStore(), cursorSecret: undefined }),
  };
  const logger = { error: vi.fn() };
  const handler = createApiHandler(deps, { resolve: async (t) => PRINCIPALS[t] }, logger);
  return { handler, queue, results, deps, logger };
}

const bodyOf = (r: { body?: string }) => JSON.parse(r.body ?? '{}');

describe('API handler: POST /v1/feeds', () => {
  it('accepts a feed with 202 and the receipt', async () => {
    const { handler, queue } = setup();
    const ads = [makeAd({ adId: 'a1' }), { adId: 'bad' }];
    const res = await handler(apiEvent({ token: 'rw_demo_platform_a', body: JSON.stringify({ ads }) }));
    expect(res.statusCode).toBe(202);
    expect(res.headers?.['content-type']).toContain('application/json');
    const body = bodyOf(res);
    expect(body).toMatchObject({ feedId: 'f_fixed', accepted: 1, warnings: [] });
    expect(body.rejected).toEqual([{ index: 1, adId: 'bad', errors: expect.any(Array) }]);
    expect(queue.sent).toHaveLength(1);
  });

  it('accepts NDJSON and a base64-encoded body', async () => {
    const { handler } = setup();
    const nd = [makeAd({ adId: 'n1' }), makeAd({ adId: 'n2' })].map((a) => JSON.stringify(a)).join('\n');
    const res = await handler(
      apiEvent({
        token: 'rw_demo_platform_a',
        body: nd,
        base64: true,
        headers: { 'content-type': 'application/x-ndjson' },
      }),
    );
    expect(res.statusCode).toBe(202);
    expect(bodyOf(res).accepted).toBe(2);
  });

  it.each([
    ['no credentials', {}, 401, 'unauthorized'],
    ['an unknown token', { token: 'rw_unknown_token' }, 401, 'unauthorized'],
    ['a regulator token', { token: 'rw_demo_regulator' }, 403, 'forbidden'],
    ['bad JSON', { token: 'rw_demo_platform_a', body: '[{"adId":' }, 400, 'bad_request'],
    [
      'too many ads',
      { token: 'rw_demo_platform_a', body: JSON.stringify(Array.from({ length: 1001 }, () => ({}))) },
      413,
      'payload_too_large',
    ],
    [
      'XML',
      { token: 'rw_demo_platform_a', body: '<a/>', headers: { 'content-type': 'application/xml' } },
      415,
      'unsupported_media_type',
    ],
  ])('answers %s with a JSON error', async (_name, opts, status, code) => {
    const { handler } = setup();
    const res = await handler(apiEvent({ body: '[]', ...opts }));
    expect(res.statusCode).toBe(status);
    expect(bodyOf(res)).toMatchObject({ error: { code, message: expect.any(String) }, requestId: 'req-feed-1' });
  });

  it('answers 404 and 405 as JSON for unknown routes and methods', async () => {
    const { handler } = setup();
    const nf = await handler(apiEvent({ method: 'GET', path: '/v1/nothing', token: 'rw_demo_platform_a' }));
    expect(nf.statusCode).toBe(404);
    const na = await handler(apiEvent({ method: 'GET', path: '/v1/feeds', token: 'rw_demo_platform_a' }));
    expect(na.statusCode).toBe(405);
    expect(na.headers?.allow).toBe('POST');
  });

  it('uses the principal from the Lambda authorizer when API Gateway ran one', async () => {
    const { handler } = setup();
    const res = await handler(
      apiEvent({
        body: JSON.stringify([makeAd()]),
        authorizerPrincipal: { kind: 'platform', platform: 'demo-platform-a', subject: 'x' },
      }),
    );
    expect(res.statusCode).toBe(202);
  });

  it('answers 500 without internals and logs ids only', async () => {
    const { handler, deps, logger } = setup();
    deps.ingestor.ingest = async () => {
      throw new Error('secret detail');
    };
    const res = await handler(apiEvent({ token: 'rw_demo_platform_a', body: JSON.stringify([makeAd()]) }));
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(logger.error).toHaveBeenCalledWith('unhandled error', expect.objectContaining({ requestId: 'req-feed-1' }));
  });
});

describe('API handler: POST /v1/check', () => {
  it('screens one ad synchronously and stores nothing', async () => {
    const { handler, queue, results } = setup();
    const ad = makeAd({ description: '招聘销售，限男性，35岁以下。' });
    const res = await handler(apiEvent({ path: '/v1/check', token: 'rw_demo_platform_a', body: JSON.stringify(ad) }));
    expect(res.statusCode).toBe(200);
    const body = bodyOf(res);
    expect(body.flagged).toBe(true);
    expect(body.result.findings.map((f: { rule: string }) => f.rule)).toContain('cn-gender');
    expect(queue.sent).toHaveLength(0);
    expect(results.items.size).toBe(0);
  });

  it('answers 400 with field errors for an invalid ad', async () => {
    const { handler } = setup();
    const res = await handler(apiEvent({ path: '/v1/check', token: 'rw_demo_platform_a', body: '{"adId":"x"}' }));
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).error.details.errors.map((e: { path: string }) => e.path)).toContain('title');
  });
});

describe('API handler: GET /v1/ads/{adId}/result', () => {
  it('returns the caller’s own result and 404 for another platform’s ad', async () => {
    const { handler, results } = setup();
    await results.putResult({
      platform: 'demo-platform-a',
      adId: 'ad 1',
      contentHash: 'h',
      feedId: 'f',
      receivedAt: '2026-11-26T06:00:00.000Z',
      scannedAt: '2026-11-26T06:00:01.000Z',
      flagged: false,
      riskScore: 0,
      jurisdiction: 'CN',
      language: 'zh',
      findings: [],
      rulesetVersion: 'r',
      engineVersion: 'e',
    });
    const own = await handler(apiEvent({ method: 'GET', path: '/v1/ads/ad%201/result', token: 'rw_demo_platform_a' }));
    expect(own.statusCode).toBe(200);
    expect(bodyOf(own)).toMatchObject({ adId: 'ad 1', flagged: false });
    const other = await handler(
      apiEvent({ method: 'GET', path: '/v1/ads/ad%201/result', token: 'rw_demo_platform_b' }),
    );
    expect(other.statusCode).toBe(404);
  });
});
