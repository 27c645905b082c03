/**
 * Measures the feed API's own work per ad: parse, validate, hash and serialise a 1,000-ad feed through
 * the real API handler (queue faked: SQS time is network, counted separately in docs/deploy.md).
 *
 *   node infra/cost/measure-api.ts [../shared/data/dev-set.jsonl ...]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createApiHandler } from '#functions/api/app.ts';
import type { ApiDeps } from '#functions/api/deps.ts';
import { Engine } from '#shared/engine/engine.ts';
import { FeedIngestor } from '#shared/pipeline/ingest/feed.ts';
import type { IngestMessage } from '#shared/pipeline/ports.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';

const files = process.argv.slice(2);
if (files.length === 0)
  files.push('../shared/data/dev-set.jsonl', '../shared/data/orfd-train.jsonl', '../shared/data/emscad-train.jsonl');
const ads = files.flatMap((f) =>
  readFileSync(path.resolve(f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => ({ ...(JSON.parse(l) as { ad: Record<string, unknown> }).ad, platform: 'measure' })),
);
const feeds: string[] = [];
for (let i = 0; i + 1000 <= ads.length || (i < ads.length && feeds.length === 0); i += 1000) {
  feeds.push(JSON.stringify(ads.slice(i, i + 1000).map((a, j) => ({ ...a, adId: `a${i + j}` }))));
}

let sent = 0;
const deps: ApiDeps = {
  ingestor: new FeedIngestor({
    queue: {
      sendAll: async (m: readonly IngestMessage[]) => {
        sent += m.length;
        return [];
      },
    },
  }),
  results: { getResult: async () => undefined, putResult: async () => 'written' },
  engine: new Engine(),
  review: new ReviewService({ store: new MemoryReviewStore(), cursorSecret: undefined }),
};
const api = createApiHandler(
  deps,
  { resolve: async () => ({ kind: 'platform', platform: 'measure', subject: 'm' }) },
  {
    error: () => {},
  },
);
const event = (body: string) =>
  ({
    rawPath: '/v1/feeds',
    headers: { authorization: 'Bearer measure-token', 'content-type': 'application/json' },
    requestContext: { http: { method: 'POST', path: '/v1/feeds' }, requestId: 'm' },
    body,
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2;

for (const f of feeds) await api(event(f)); // warm-up
sent = 0;
const rounds = 5;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const f of feeds) await api(event(f));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const bytes = feeds.reduce((s, f) => s + Buffer.byteLength(f), 0) / feeds.length;
console.log(`feeds of ${Math.min(ads.length, 1000)} ads, mean body ${(bytes / 1024).toFixed(0)} KiB`);
console.log(
  `API per ad: wall ${(wall / sent).toFixed(3)} ms, CPU ${((cpu.user + cpu.system) / 1000 / sent).toFixed(3)} ms (${sent} ads queued)`,
);

// POST /v1/check: one synchronous screen per request
const one = JSON.stringify({ ...ads[0], adId: 'c1' });
const checkEvent = {
  ...event(one),
  rawPath: '/v1/check',
  requestContext: { http: { method: 'POST', path: '/v1/check' }, requestId: 'c' },
} as unknown as APIGatewayProxyEventV2;
for (let i = 0; i < 50; i++) await api(checkEvent);
const c0 = performance.now();
for (let i = 0; i < 500; i++) await api(checkEvent);
console.log(`POST /v1/check: ${((performance.now() - c0) / 500).toFixed(3)} ms per request (same ad, warm)`);
