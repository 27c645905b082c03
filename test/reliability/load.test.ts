/**
 * Bounded load on loopback: RW_LOAD_CLIENTS concurrent clients (default 50; half as each demo platform)
 * send feeds of RW_LOAD_FEED_SIZE ads (default 20, mixed Chinese and English, about one in five
 * flagged, every adId unique) to `POST /v1/feeds` for RW_LOAD_SECONDS (default 30; the figure in
 * docs/reliability.md is from 60), while the worker screens. Prints accepted ads/s, requests/s, latency
 * and errors. Throughput is printed, never asserted (speed goals live in the benchmarks).
 *
 * Then nothing may be lost. The feed API accepts ads far faster than the one-process local worker
 * screens them, so the queue is given RW_LOAD_DRAIN_SECONDS (default 15) to drain; the worker is then
 * stopped and every accepted ad is accounted for: either it has exactly one stored result — flagged
 * exactly when the engine flags its text, with exactly one case when flagged and none otherwise — and is
 * no longer queued, or it has no result and sits on the ingest queue in exactly one message. No stored
 * result or queued message belongs to an ad that was not accepted, the DLQ is empty, and no request failed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { queueDepth } from '#shared/local/queues.ts';
import type { LocalStack } from '#shared/local/stack.ts';
import { scanTable, startTestStack, TOKENS } from '#test/helpers/local-stack.ts';
import { loadAd, loadTemplates } from '#test/helpers/load-ads.ts';
import { adKey, type LoadClient, type LoadRun, quantile, runLoad } from '#test/helpers/load-clients.ts';
import { takeQueuedAds } from '#test/helpers/load-queue.ts';
import { waitFor } from '#test/helpers/wait.ts';

const knobs = z
  .object({
    RW_LOAD_CLIENTS: z.coerce.number().int().min(1).max(500).default(50),
    RW_LOAD_SECONDS: z.coerce.number().min(1).max(600).default(30),
    RW_LOAD_FEED_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
    RW_LOAD_DRAIN_SECONDS: z.coerce.number().min(0).max(3600).default(15),
  })
  .parse(process.env);
const CLIENTS = knobs.RW_LOAD_CLIENTS;
const SECONDS = knobs.RW_LOAD_SECONDS;
const FEED_SIZE = knobs.RW_LOAD_FEED_SIZE;
const DRAIN_MS = knobs.RW_LOAD_DRAIN_SECONDS * 1000;
// a batch may wait long for the CPU while the API is hammered: no redelivery for slowness alone
const VISIBILITY_SECONDS = 20;

const PLATFORMS: LoadClient[] = [
  { platform: 'demo-platform-a', token: TOKENS.platformA },
  { platform: 'demo-platform-b', token: TOKENS.platformB },
];
const templates = loadTemplates(400);
const clients = Array.from({ length: CLIENTS }, (_, i) => PLATFORMS[i % 2] as LoadClient);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ worker: { visibilityTimeoutSeconds: VISIBILITY_SECONDS } });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

describe(`load: ${CLIENTS} clients × ${SECONDS} s, feeds of ${FEED_SIZE} ads`, () => {
  it(
    'answers every feed with 202 and loses no ad',
    async () => {
      const ingest = stack.resources.ingest.url;
      const depth = async () => {
        const d = await queueDepth(stack.clients.sqs, ingest);
        return d.visible + d.inFlight + d.delayed;
      };
      const expected = new Map<string, boolean>();
      let rssPeak = process.memoryUsage.rss();
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      }, 250);
      let run: LoadRun;
      let drained = false;
      let drainSeconds = 0;
      let drainRate = 0;
      try {
        run = await runLoad({
          url: stack.url,
          clients,
          seconds: SECONDS,
          feed: (c, ci, n) =>
            Array.from({ length: FEED_SIZE }, (_, j) => {
              const adId = `ld-${ci}-${n}-${j}`;
              const i = ci * 7919 + n * FEED_SIZE + j;
              expected.set(adKey(c.platform, adId), templates[i % templates.length]?.flagged ?? false);
              return loadAd(templates, i, c.platform, adId);
            }),
        });
        const lat = run.latenciesMs;
        const ads = run.accepted.size;
        const duringLoad = stack.worker.stats.deleted;
        console.log(
          `[reliability] load: ${CLIENTS} clients × ${run.seconds.toFixed(0)} s, feeds of ${FEED_SIZE}: ${run.requests} requests (${(run.requests / run.seconds).toFixed(1)}/s), ${ads} ads accepted (${(ads / run.seconds).toFixed(0)} ads/s); latency p50 ${quantile(lat, 0.5).toFixed(0)} ms, p99 ${quantile(lat, 0.99).toFixed(0)} ms, max ${Math.max(...lat).toFixed(0)} ms; ${run.errors.count} errors; the worker screened ${duringLoad} meanwhile; peak RSS ${mb(rssPeak)} MB`,
        );
        // the worker keeps screening for a bounded time; whatever is left is counted on the queue below
        const drainStart = performance.now();
        for (;;) {
          drained = (await depth()) === 0;
          if (drained || performance.now() - drainStart >= DRAIN_MS) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        drainSeconds = (performance.now() - drainStart) / 1000;
        drainRate = (stack.worker.stats.deleted - duringLoad) / drainSeconds;
      } finally {
        clearInterval(sampler);
      }
      await stack.worker.stop({ graceMs: 60_000 });
      // nothing stays in flight once the worker is stopped (a failed record would come back after the visibility timeout)
      await waitFor(
        async () => (await queueDepth(stack.clients.sqs, ingest)).inFlight === 0,
        (VISIBILITY_SECONDS + 10) * 1000,
        'no ingest message in flight',
        250,
      );

      const queued = await takeQueuedAds(stack.clients.sqs, ingest);
      const items = await scanTable(stack);
      const results = new Map<string, Record<string, unknown>[]>();
      const cases = new Map<string, number>();
      for (const item of items) {
        const key = adKey(String(item.platform), String(item.adId));
        if (item.sk === 'RESULT') results.set(key, [...(results.get(key) ?? []), item]);
        if (item.sk === 'CASE') cases.set(key, (cases.get(key) ?? 0) + 1);
      }
      const problems: string[] = [];
      let screened = 0;
      let flagged = 0;
      let waiting = 0;
      for (const key of run.accepted) {
        const name = key.replace('\u0000', '/');
        const want = expected.get(key);
        const got = results.get(key) ?? [];
        const onQueue = queued.perAd.get(key) ?? 0;
        if (want === undefined) problems.push(`${name}: accepted but never sent`);
        if (got.length === 0 && onQueue === 1) {
          waiting++;
          continue;
        }
        if (got.length !== 1 || onQueue !== 0) {
          problems.push(`${name}: ${got.length} results, ${onQueue} queued messages`);
          continue;
        }
        screened++;
        if (got[0]?.flagged !== want) problems.push(`${name}: flagged ${String(got[0]?.flagged)}, expected ${want}`);
        if (want) flagged++;
        if ((cases.get(key) ?? 0) !== (want ? 1 : 0)) problems.push(`${name}: ${cases.get(key) ?? 0} cases`);
      }
      const stray = [...new Set([...results.keys(), ...queued.perAd.keys()])].filter((k) => !run.accepted.has(k));
      const dlq = await queueDepth(stack.clients.sqs, stack.resources.deadLetter.url);
      console.log(
        `[reliability] load: ${drained ? 'queue drained' : 'queue not drained'} ${drainSeconds.toFixed(0)} s after the load (worker alone: ${drainSeconds >= 1 ? `${drainRate.toFixed(0)} ads/s` : 'not measured'}); ${screened} ads screened (${flagged} flagged, each with one case), ${waiting} still queued once each; ${problems.length} lost, duplicated or wrong, ${stray.length} stray, ${dlq.visible} in the DLQ; peak RSS ${mb(rssPeak)} MB`,
      );

      expect(run.requests).toBeGreaterThan(0);
      expect(run.errors.samples).toEqual([]);
      expect(run.errors.count).toBe(0);
      expect(run.accepted.size).toBe(run.requests * FEED_SIZE);
      expect(problems.slice(0, 20)).toEqual([]);
      expect(screened + waiting).toBe(run.accepted.size);
      expect(queued.messages).toBe(waiting);
      expect(stray).toEqual([]);
      expect(dlq.visible + dlq.inFlight).toBe(0);
      // the worker made progress under load, and the mix exercised both paths
      expect(screened).toBeGreaterThan(0);
      expect(flagged).toBeGreaterThan(0);
      expect(flagged).toBeLessThan(screened);
      if (drained) expect(waiting).toBe(0);
    },
    (SECONDS + knobs.RW_LOAD_DRAIN_SECONDS + 240) * 1000,
  );
});
