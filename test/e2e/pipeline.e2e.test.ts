/**
 * End to end over HTTP against the local stack (dynalite + fauxqs + the real API and worker functions):
 * two platforms submit feeds; results and cases agree with the CLI scan; re-submission is idempotent;
 * a changed ad adds a version; a worker killed mid-batch loses and duplicates nothing; poison → DLQ.
 */
import { readFileSync } from 'node:fs';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDepth } from '#shared/local/queues.ts';
import type { LocalStack } from '#shared/local/stack.ts';
import type { SqsBatchHandler } from '#shared/local/poller.ts';
import { cliScan, cliSubmit } from '#test/helpers/cli-scan.ts';
import {
  api,
  caseVersions,
  E2E_TEST_MS,
  E2E_WAIT_MS,
  getResult,
  listCases,
  postFeed,
  type ResultBody,
  scanTable,
  startTestStack,
  TOKENS,
  versionOf,
  waitForDrain,
  waitForResults,
} from '#test/helpers/local-stack.ts';
import { waitFor } from '#test/helpers/wait.ts';

interface SampleAd {
  platform: string;
  adId: string;
  description: string;
  [k: string]: unknown;
}

const SAMPLE = readFileSync('samples/demo-feed.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as SampleAd);
const byPlatform = (p: string) => SAMPLE.filter((a) => a.platform === p);
const FEED_A = byPlatform('demo-platform-a');
const FEED_B = byPlatform('demo-platform-b');
const tokenOf = (platform: string) => (platform === 'demo-platform-a' ? TOKENS.platformA : TOKENS.platformB);

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const caseHeads = (items: Record<string, unknown>[]) => items.filter((i) => i.sk === 'CASE');
const results = (items: Record<string, unknown>[]) => items.filter((i) => i.sk === 'RESULT');
const versions = (items: Record<string, unknown>[]) => items.filter((i) => String(i.sk).startsWith('V#'));

function expectNoDuplicateAlerts(): void {
  const alerts = stack.alerts.list();
  expect(new Set(alerts.map((a) => a.alertId)).size).toBe(alerts.length);
  expect(new Set(alerts.map((a) => a.caseId)).size).toBe(alerts.length);
}

describe('the pipeline over the local stack', { timeout: E2E_TEST_MS }, () => {
  let firstResults: Map<string, ResultBody>;

  it('screens feeds from two platforms: every ad the CLI scan flags becomes a case, and no clean ad does', async () => {
    expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await api(stack, 'GET', '/healthz')).status).toBe(200);
    // platform A posts over HTTP, platform B with `recruitwatch submit`
    const [a, b] = await Promise.all([
      postFeed(stack, TOKENS.platformA, FEED_A),
      cliSubmit(FEED_B, ['--endpoint', stack.url, '--token', TOKENS.platformB]),
    ]);
    expect(a).toMatchObject({ accepted: FEED_A.length, rejected: [] });
    expect(b.code).toBe(0);
    expect(b.out).toContain(`${FEED_B.length} accepted, 0 rejected`);

    const [ra, rb] = await Promise.all([
      waitForResults(
        stack,
        TOKENS.platformA,
        FEED_A.map((x) => x.adId),
      ),
      waitForResults(
        stack,
        TOKENS.platformB,
        FEED_B.map((x) => x.adId),
      ),
    ]);
    firstResults = new Map([...ra, ...rb]);
    const cli = await cliScan(SAMPLE);
    expect(cli.size).toBe(SAMPLE.length);
    const flagged = SAMPLE.filter((ad) => cli.get(ad.adId)?.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(SAMPLE.length);

    for (const ad of SAMPLE) {
      const verdict = cli.get(ad.adId);
      const result = firstResults.get(ad.adId);
      expect(result?.flagged, `${ad.adId} flagged`).toBe(verdict?.flagged);
      expect(result?.caseId !== undefined, `${ad.adId} has a case`).toBe(verdict?.flagged);
      expect(result?.findings.map((f) => f.rule).sort(), `${ad.adId} rules`).toEqual(verdict?.rules);
    }
    await waitForDrain(stack);
    const heads = caseHeads(await scanTable(stack));
    expect(heads.map((h) => `${h.platform}/${h.adId}`).sort()).toEqual(
      flagged.map((ad) => `${ad.platform}/${ad.adId}`).sort(),
    );
    // the same cases over the review API: all of them nationally, only Changsha's in Changsha
    const national = await listCases(stack, TOKENS.regulator);
    expect(national.map((c) => `${c.platform}/${c.adId}`).sort()).toEqual(
      flagged.map((ad) => `${ad.platform}/${ad.adId}`).sort(),
    );
    const changsha = await listCases(stack, TOKENS.changsha);
    expect(changsha.length).toBeGreaterThan(0);
    expect(changsha.map((c) => c.caseId).sort()).toEqual(
      national
        .filter((c) => (c.regionCode ?? '').startsWith('4301'))
        .map((c) => c.caseId)
        .sort(),
    );
    // each platform reads only its own results
    expect((await getResult(stack, TOKENS.platformB, FEED_A[0]?.adId ?? '')).status).toBe(404);
  });

  it('re-submitting the same feeds changes nothing: no duplicate results, cases, versions or alerts', async () => {
    await waitForDrain(stack);
    const before = await scanTable(stack);
    const alertsBefore = stack.alerts.list().length;
    expect(alertsBefore).toBeGreaterThan(0);
    await Promise.all([postFeed(stack, TOKENS.platformA, FEED_A), postFeed(stack, TOKENS.platformB, FEED_B)]);
    await waitForDrain(stack);
    const after = await scanTable(stack);
    expect(caseHeads(after)).toHaveLength(caseHeads(before).length);
    expect(versions(after)).toHaveLength(versions(before).length);
    expect(results(after)).toHaveLength(SAMPLE.length);
    for (const head of caseHeads(after)) expect(head.version).toBe(1);
    expect(stack.alerts.list()).toHaveLength(alertsBefore);
    expectNoDuplicateAlerts();
  });

  it('a changed ad becomes a new version of its case; a clean ad that turns bad opens a case', async () => {
    const cli = await cliScan(SAMPLE);
    const bad = SAMPLE.find((ad) => cli.get(ad.adId)?.flagged);
    const clean = SAMPLE.find((ad) => !cli.get(ad.adId)?.flagged && ad.language !== 'en');
    if (!bad || !clean) throw new Error('the sample feed needs a flagged and a clean Chinese ad');
    const changedBad = { ...bad, description: `${bad.description} 工作地点可协商。` };
    const changedClean = { ...clean, description: `${clean.description} 限男性。` };
    expect((await cliScan([changedClean])).get(clean.adId)?.flagged).toBe(true);
    await postFeed(stack, tokenOf(bad.platform), [changedBad]);
    await postFeed(stack, tokenOf(clean.platform), [changedClean]);
    const previous = new Map([...firstResults].map(([id, r]) => [id, r.contentHash]));
    const now = new Map([
      ...(await waitForResults(stack, tokenOf(bad.platform), [bad.adId], previous)),
      ...(await waitForResults(stack, tokenOf(clean.platform), [clean.adId], previous)),
    ]);
    const badNow = now.get(bad.adId);
    expect(badNow?.caseId).toBe(firstResults.get(bad.adId)?.caseId);
    expect(versionOf(badNow)).toBe(2);
    expect(await caseVersions(stack, badNow?.caseId ?? '')).toHaveLength(2);
    const cleanNow = now.get(clean.adId);
    expect(firstResults.get(clean.adId)?.caseId).toBeUndefined();
    expect(cleanNow?.flagged).toBe(true);
    expect(versionOf(cleanNow)).toBe(1);
    expect(await caseVersions(stack, cleanNow?.caseId ?? '')).toHaveLength(1);
  });

  it('a worker killed mid-batch: in the end every message is processed exactly once', async () => {
    await stack.worker.stop();
    const ads = [1, 2, 3].flatMap((k) => FEED_A.map((ad) => ({ ...ad, adId: `${ad.adId}-kill${k}` })));
    const receipt = await postFeed(stack, TOKENS.platformA, ads);
    expect(receipt.accepted).toBe(ads.length);
    let crashes = 0;
    const crashMidBatch =
      (worker: SqsBatchHandler): SqsBatchHandler =>
      async (event, context) => {
        if (crashes > 0 || event.Records.length < 2) return worker(event, context);
        crashes++;
        const half = Math.ceil(event.Records.length / 2);
        await worker({ Records: event.Records.slice(0, half) }, context); // half the batch is stored…
        stack.worker.kill(); // …then the process dies before reporting
        throw new Error('simulated crash');
      };
    stack.restartWorker(crashMidBatch, { visibilityTimeoutSeconds: 1 });
    await waitFor(() => crashes === 1 && !stack.worker.isRunning, E2E_WAIT_MS, 'the crash');
    stack.restartWorker(undefined, { visibilityTimeoutSeconds: 1 });
    await waitForDrain(stack);
    const got = await waitForResults(
      stack,
      TOKENS.platformA,
      ads.map((a) => a.adId),
    );
    const cli = await cliScan(ads);
    const items = await scanTable(stack);
    for (const ad of ads) {
      const r = got.get(ad.adId);
      expect(r?.flagged, ad.adId).toBe(cli.get(ad.adId)?.flagged);
      expect(results(items).filter((i) => i.adId === ad.adId)).toHaveLength(1);
      const heads = caseHeads(items).filter((h) => h.platform === ad.platform && h.adId === ad.adId);
      expect(heads).toHaveLength(r?.flagged ? 1 : 0);
      if (r?.caseId) expect(await caseVersions(stack, r.caseId), ad.adId).toHaveLength(1);
    }
    expectNoDuplicateAlerts();
  });

  it('a message that always fails reaches the dead-letter queue after 5 receives', async () => {
    let poisonId: string | undefined;
    const seen: number[] = [];
    await stack.worker.stop();
    stack.restartWorker(
      (worker) =>
        async (event, context): Promise<SQSBatchResponse> => {
          for (const r of event.Records)
            if (r.messageId === poisonId) seen.push(Number(r.attributes.ApproximateReceiveCount));
          return (await worker(event, context)) ?? { batchItemFailures: [] };
        },
      { visibilityTimeoutSeconds: 1 },
    );
    const sent = await stack.clients.sqs.send(
      new SendMessageCommand({ QueueUrl: stack.resources.ingest.url, MessageBody: '{"not":"an ingest envelope"}' }),
    );
    poisonId = sent.MessageId;
    await waitFor(
      async () => (await queueDepth(stack.clients.sqs, stack.resources.deadLetter.url)).visible === 1,
      E2E_WAIT_MS,
      'the poison message in the DLQ',
    );
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const dlq = await stack.clients.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: stack.resources.deadLetter.url, MaxNumberOfMessages: 10 }),
    );
    expect(dlq.Messages?.map((m) => m.MessageId)).toEqual([sent.MessageId]);
    await waitForDrain(stack);
  });
});
