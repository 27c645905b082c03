/**
 * Links across ads under faults, over the local stack: 120 clean ads of 12 employers in two cities and two
 * platforms, where every phone sits behind every employer, screened while DynamoDB calls fail at random,
 * the worker crashes mid-batch and processed messages are redelivered. At the end: one result per ad, every
 * ad flagged with a case in its own region, and every link recorded exactly once — no key twice on a case
 * head or a result, the head's linked findings and keys in step, each result's links on its head too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import { queueDepth } from '#shared/local/queues.ts';
import { caseIdOf } from '#shared/pipeline/keys.ts';
import { faultInjector } from '#test/helpers/faults.ts';
import { postFeed, scanTable, startTestStack, TOKENS, waitForDrain } from '#test/helpers/local-stack.ts';

const N = 120;
const EMPLOYERS = 12;
const PHONES = 10;
// per DynamoDB call; an ad that links to 20 earlier ads makes about 80 calls
const P_DYNAMO_FAIL = 0.003;
const P_CRASH = 0.05;
const P_REDELIVER = 0.15;

const faults = faultInjector(20261128, { dynamo: P_DYNAMO_FAIL, crash: P_CRASH, redeliver: P_REDELIVER });

const ads = Array.from({ length: N }, (_, i) => {
  const employer = Math.floor(i / PHONES) % EMPLOYERS;
  const changsha = employer % 2 === 0;
  return {
    platform: i % 3 === 0 ? 'demo-platform-b' : 'demo-platform-a',
    adId: `lf-${i}`,
    title: '仓库理货员',
    description: '负责仓库货物收发与盘点，做好出入库记录。任职要求：男女不限，一年以上仓储经验，能适应倒班。',
    employer: { name: `${changsha ? '长沙' : '苏州'}第${employer}物流有限公司` },
    location: changsha
      ? { country: 'CN', city: '长沙', regionCode: '430104' }
      : { country: 'CN', city: '苏州', regionCode: '320505' },
    contact: { name: '人事部', phone: `1390000${String(1000 + (i % PHONES))}` },
    headcount: 2,
    language: 'zh',
  };
});

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack({ wrapWorker: faults.wrap, worker: { concurrency: 3, visibilityTimeoutSeconds: 1 } });
}, 60_000);
afterAll(async () => {
  faults.stop();
  await stack?.stop();
  faults.restore();
});

describe(`links across ${N} ads under faults`, () => {
  it('records every link exactly once, whatever fails and however often a message comes back', async () => {
    faults.start();
    const byPlatform = (p: string) => ads.filter((a) => a.platform === p);
    await postFeed(stack, TOKENS.platformA, byPlatform('demo-platform-a'));
    await postFeed(stack, TOKENS.platformB, byPlatform('demo-platform-b'));
    await waitForDrain(stack, 240_000);
    faults.stop();
    expect((await queueDepth(stack.clients.sqs, stack.resources.deadLetter.url)).visible).toBe(0);

    const items = await scanTable(stack);
    const problems: string[] = [];
    const dup = (xs: readonly string[]) => xs.length !== new Set(xs).size;
    let links = 0;
    for (const ad of ads) {
      const results = items.filter((i) => i.sk === 'RESULT' && i.platform === ad.platform && i.adId === ad.adId);
      const heads = items.filter((i) => i.sk === 'CASE' && i.platform === ad.platform && i.adId === ad.adId);
      const r = results[0] as
        | { flagged?: boolean; caseId?: string; links?: { key: string }[]; findings?: { rule: string }[] }
        | undefined;
      const h = heads[0] as
        | { caseId?: string; regionCode?: string; linkKeys?: string[]; linked?: { key: string }[] }
        | undefined;
      if (results.length !== 1 || heads.length !== 1) {
        problems.push(`${ad.adId}: ${results.length} results, ${heads.length} cases`);
        continue;
      }
      if (!r?.flagged || r.caseId !== caseIdOf(ad.platform, ad.adId)) problems.push(`${ad.adId}: not flagged`);
      if (!r?.findings?.some((f) => f.rule === 'signal-shared-contact')) problems.push(`${ad.adId}: no finding`);
      if (h?.regionCode !== ad.location.regionCode) problems.push(`${ad.adId}: case in ${h?.regionCode}`);
      const resultKeys = (r?.links ?? []).map((l) => l.key);
      const headKeys = h?.linkKeys ?? [];
      links += headKeys.length;
      if (dup(resultKeys) || dup(headKeys)) problems.push(`${ad.adId}: a link recorded twice`);
      if ((h?.linked ?? []).map((l) => l.key).join() !== headKeys.join()) problems.push(`${ad.adId}: head out of step`);
      if (resultKeys.some((k) => !headKeys.includes(k))) problems.push(`${ad.adId}: result link missing on the head`);
    }
    console.log(
      `[signals] ${N} ads under ${faults.injected.dynamo} DynamoDB failures, ${faults.injected.crashes} crashes, ${faults.injected.redelivered} redeliveries: ${links} linked findings on case heads, ${problems.length} problems`,
    );
    expect(faults.injected.dynamo + faults.injected.crashes + faults.injected.redelivered).toBeGreaterThan(0);
    expect(links).toBeGreaterThan(0);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 300_000);
});
