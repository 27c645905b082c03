/**
 * Faults over the local stack: a run of RW_FAULT_ADS ads (default 5,000) while DynamoDB calls fail at
 * random (throttling and internal errors), the worker crashes mid-batch at random, and processed
 * messages are redelivered at random. At the end every ad has exactly one result, every violating ad
 * exactly one case with one version, and no alert is duplicated. Poison messages sit in the DLQ until
 * `recruitwatch redrive` moves them back once the bug is fixed.
 */
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '#shared/cli/main.ts';
import { queueDepth } from '#shared/local/queues.ts';
import type { SqsBatchHandler } from '#shared/local/poller.ts';
import type { LocalStack } from '#shared/local/stack.ts';
import { faultInjector } from '#test/helpers/faults.ts';
import { postFeed, scanTable, startTestStack, TOKENS, waitForDrain } from '#test/helpers/local-stack.ts';
import { waitFor } from '#test/helpers/wait.ts';
import { cleanAd, violatingAd } from '#test/reliability/ads.ts';

// 5,000 ads take about 1.5 minutes on this machine; set RW_FAULT_ADS lower for a quick local run
const N = Number(process.env.RW_FAULT_ADS ?? 5_000);
const POISON = 3;
// Low enough that an ordinary ad failing all 5 receives (and landing in the DLQ) is vanishingly rare
// (~9 % per attempt → 0.09^5 × 5,000 ≈ 0.03 ads per run); high enough for hundreds of injected faults.
const P_DYNAMO_FAIL = 0.005;
const P_CRASH = 0.02;
const P_REDELIVER = 0.05;

const faults = faultInjector(20261126, { dynamo: P_DYNAMO_FAIL, crash: P_CRASH, redeliver: P_REDELIVER });

// --- a bug that poisons some ads (crashes and redeliveries come from the injector)
let bugFixed = false;
const faulty = (worker: SqsBatchHandler): SqsBatchHandler => {
  const inner = faults.wrap(worker);
  return async (event, context): Promise<SQSBatchResponse> => {
    if (!bugFixed && event.Records.some((r) => r.body.includes('poison-'))) {
      const poison = event.Records.filter((r) => r.body.includes('poison-')).map((r) => ({
        itemIdentifier: r.messageId,
      }));
      const rest = event.Records.filter((r) => !r.body.includes('poison-'));
      const out = rest.length ? await worker({ Records: rest }, context) : undefined;
      return { batchItemFailures: [...poison, ...(out?.batchItemFailures ?? [])] };
    }
    return (await inner(event, context)) ?? { batchItemFailures: [] };
  };
};

let stack: LocalStack;
const ads = Array.from({ length: N }, (_, i) =>
  i % 3 === 0
    ? violatingAd('demo-platform-a', `f-${i}`, i % 2 ? '430104' : '320505', i % 2 ? '长沙' : '苏州')
    : cleanAd('demo-platform-a', `f-${i}`, '430104', '长沙'),
);
const poison = Array.from({ length: POISON }, (_, i) =>
  violatingAd('demo-platform-a', `poison-${i}`, '430104', '长沙'),
);
let seconds = 0;

beforeAll(async () => {
  stack = await startTestStack({ wrapWorker: faulty, worker: { concurrency: 4, visibilityTimeoutSeconds: 1 } });
}, 60_000);
afterAll(async () => {
  faults.stop();
  await stack?.stop();
  faults.restore();
});

describe(`faults over ${N} ads`, () => {
  it('ends with exactly one result per ad, one case per violating ad and no duplicate alert', async () => {
    const t0 = performance.now();
    faults.start();
    for (let i = 0; i < ads.length; i += 1000) await postFeed(stack, TOKENS.platformA, ads.slice(i, i + 1000));
    await postFeed(stack, TOKENS.platformA, poison);
    await waitFor(
      async () => (await queueDepth(stack.clients.sqs, stack.resources.deadLetter.url)).visible === POISON,
      600_000,
      'the poison messages in the DLQ',
      500,
    );
    await waitForDrain(stack, 600_000);
    faults.stop();
    seconds = (performance.now() - t0) / 1000;

    const items = await scanTable(stack);
    const perAd = (sk: (s: string) => boolean) => {
      const m = new Map<string, number>();
      for (const i of items) if (sk(String(i.sk))) m.set(String(i.adId), (m.get(String(i.adId)) ?? 0) + 1);
      return m;
    };
    const results = perAd((s) => s === 'RESULT');
    const heads = perAd((s) => s === 'CASE');
    const versions = perAd((s) => s.startsWith('V#'));
    const problems: string[] = [];
    ads.forEach((ad, i) => {
      const violating = i % 3 === 0;
      if (results.get(ad.adId) !== 1) problems.push(`${ad.adId}: ${results.get(ad.adId) ?? 0} results`);
      if ((heads.get(ad.adId) ?? 0) !== (violating ? 1 : 0))
        problems.push(`${ad.adId}: ${heads.get(ad.adId) ?? 0} cases`);
      if (violating && versions.get(ad.adId) !== 1) problems.push(`${ad.adId}: ${versions.get(ad.adId) ?? 0} versions`);
    });
    const alertKeys = stack.alerts
      .list()
      .map((a) => JSON.stringify([(a as { caseId?: string }).caseId, (a as { rule?: string }).rule]));
    const duplicates = alertKeys.length - new Set(alertKeys).size;
    console.log(
      `[reliability] faults: ${N} ads in ${seconds.toFixed(0)} s (${(N / seconds).toFixed(0)} ads/s) with ${faults.injected.dynamo} DynamoDB failures, ${faults.injected.crashes} worker crashes, ${faults.injected.redelivered} redeliveries; ${problems.length} wrong ads, ${duplicates} duplicate alerts, ${POISON} poison messages in the DLQ`,
    );
    expect(faults.injected.dynamo).toBeGreaterThan(0);
    expect(faults.injected.crashes + faults.injected.redelivered).toBeGreaterThan(0);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(duplicates).toBe(0);
  }, 900_000);

  it('`recruitwatch redrive` moves the poison messages back once the bug is fixed', async () => {
    bugFixed = true;
    let out = '';
    const sink = {
      write: (s: string) => {
        out += s;
        return true;
      },
    } as unknown as NodeJS.WritableStream;
    const code = await cli(
      [
        'redrive',
        '--from',
        stack.resources.deadLetter.url,
        '--to',
        stack.resources.ingest.url,
        '--endpoint',
        stack.endpoints.sqs,
        '--region',
        'us-east-1',
      ],
      { stdout: sink, stderr: sink, readStdin: () => '' },
    );
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`moved ${POISON} message`));
    expect((await queueDepth(stack.clients.sqs, stack.resources.deadLetter.url)).visible).toBe(0);
    await waitForDrain(stack, 60_000);
    const items = await scanTable(stack);
    for (const p of poison) expect(items.filter((i) => i.adId === p.adId && i.sk === 'RESULT')).toHaveLength(1);
  }, 120_000);
});
