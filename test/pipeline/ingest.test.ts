import { describe, expect, it } from 'vitest';
import { FeedIngestor } from '#shared/pipeline/ingest/feed.ts';
import { parseFeedBody } from '#shared/pipeline/ingest/parse.ts';
import { HttpError } from '#shared/pipeline/http/errors.ts';
import { MemoryQueue, makeAd } from '#test/pipeline/fakes.ts';

const status = (fn: () => unknown): number | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof HttpError ? err.status : -1;
  }
  return undefined;
};
const body = (v: unknown) => {
  const s = JSON.stringify(v);
  return [s, Buffer.byteLength(s)] as const;
};

describe('parseFeedBody', () => {
  it('reads a JSON array, an { ads } object and NDJSON', () => {
    const ads = [makeAd({ adId: 'a' }), makeAd({ adId: 'b' })];
    expect(parseFeedBody(...body(ads), 'application/json')).toHaveLength(2);
    expect(parseFeedBody(...body({ ads }), 'application/json; charset=utf-8')).toHaveLength(2);
    const nd = `${ads.map((a) => JSON.stringify(a)).join('\n')}\n{broken\n`;
    const recs = parseFeedBody(nd, Buffer.byteLength(nd), 'application/x-ndjson');
    expect(recs).toHaveLength(3);
    expect(recs[2]).toEqual({ index: 2, error: 'line is not valid JSON' });
  });
  it('answers 400 for bad JSON, a wrong shape or an empty feed', () => {
    expect(status(() => parseFeedBody('{"ads": [', 9, 'application/json'))).toBe(400);
    expect(status(() => parseFeedBody(...body({ items: [] }), 'application/json'))).toBe(400);
    expect(status(() => parseFeedBody(...body([]), 'application/json'))).toBe(400);
    expect(status(() => parseFeedBody('', 0, 'application/json'))).toBe(400);
  });
  it('answers 413 above 1,000 ads or 5 MB, 415 for another media type', () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ adId: `a${i}` }));
    expect(status(() => parseFeedBody(...body(many), 'application/json'))).toBe(413);
    const nd = many.map((a) => JSON.stringify(a)).join('\n');
    expect(status(() => parseFeedBody(nd, nd.length, 'application/x-ndjson'))).toBe(413);
    expect(status(() => parseFeedBody('[]', 5 * 1024 * 1024 + 1, 'application/json'))).toBe(413);
    expect(status(() => parseFeedBody('<ads/>', 6, 'application/xml'))).toBe(415);
  });
});

describe('FeedIngestor', () => {
  const records = (values: unknown[]) => values.map((value, index) => ({ index, value }));
  const ingestor = (queue = new MemoryQueue()) =>
    new FeedIngestor({ queue, clock: () => new Date('2026-11-26T06:00:00Z'), newId: () => 'f_1' });

  it('queues valid ads and reports invalid ones with index, adId and field errors', async () => {
    const queue = new MemoryQueue();
    const { title: _t, ...noTitle } = makeAd({ adId: 'bad' });
    const receipt = await ingestor(queue).ingest(
      'demo-platform-a',
      records([makeAd({ adId: 'ok' }), noTitle, 42, { ...makeAd({ adId: 'w' }), extra: 1 }]),
    );
    expect(receipt.feedId).toBe('f_1');
    expect(receipt.accepted).toBe(2);
    expect(receipt.rejected).toEqual([
      { index: 1, adId: 'bad', errors: [expect.objectContaining({ path: 'title' })] },
      { index: 2, errors: [{ path: '(ad)', message: 'must be a JSON object' }] },
    ]);
    expect(receipt.warnings).toEqual([{ index: 3, adId: 'w', path: 'extra', message: 'unknown field, ignored' }]);
    expect(queue.sent.map((m) => m.ad.adId)).toEqual(['ok', 'w']);
    expect(queue.sent[0]).toMatchObject({ v: 1, feedId: 'f_1', index: 0, receivedAt: '2026-11-26T06:00:00.000Z' });
    expect(queue.sent[0]?.adSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the platform from the credential and rejects an ad naming another platform', async () => {
    const queue = new MemoryQueue();
    const { platform: _p, ...noPlatform } = makeAd({ adId: 'np' });
    const receipt = await ingestor(queue).ingest(
      'demo-platform-a',
      records([noPlatform, makeAd({ adId: 'other', platform: 'demo-platform-b' })]),
    );
    expect(queue.sent.map((m) => [m.ad.platform, m.ad.adId])).toEqual([['demo-platform-a', 'np']]);
    expect(receipt.rejected).toEqual([
      {
        index: 1,
        adId: 'other',
        errors: [{ path: 'platform', message: 'must be your own platform (demo-platform-a)' }],
      },
    ]);
  });

  it('rejects an adId repeated in the same feed and an ad too large for one queue message', async () => {
    const big = makeAd({ adId: 'big', description: '很'.repeat(100_000) });
    const receipt = await ingestor().ingest('demo-platform-a', records([makeAd(), makeAd(), big]));
    expect(receipt.accepted).toBe(1);
    expect(receipt.rejected.map((r) => [r.index, r.errors[0]?.path])).toEqual([
      [1, 'adId'],
      [2, '(ad)'],
    ]);
  });

  it('reports ads the queue refused after retries, and 503 when none could be queued', async () => {
    const queue = new MemoryQueue();
    queue.failPositions = new Set([1]);
    const receipt = await ingestor(queue).ingest(
      'demo-platform-a',
      records([makeAd({ adId: 'x' }), makeAd({ adId: 'y' })]),
    );
    expect(receipt.accepted).toBe(1);
    expect(receipt.rejected).toEqual([
      { index: 1, adId: 'y', errors: [{ path: '(queue)', message: expect.any(String) }] },
    ]);
    queue.failPositions = new Set([0]);
    await expect(ingestor(queue).ingest('demo-platform-a', records([makeAd()]))).rejects.toMatchObject({ status: 503 });
  });
});
