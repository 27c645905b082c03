/**
 * Cross-ad signals reach the EARLIER ad, over the local stack (dynalite + fauxqs + the real functions):
 * platform A posts a clean ad with contact X; later platform B posts an ad of another employer, in another
 * city, with the same contact X. After screening, A's result and case (opened for it) carry the
 * shared-contact finding with B as the link, in A's own jurisdiction; redelivering B's message — even
 * after a crash before B's result was stored — changes nothing.
 */
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import {
  api,
  E2E_TEST_MS,
  getResult,
  postFeed,
  scanTable,
  startTestStack,
  TOKENS,
  waitForDrain,
  waitForResults,
} from '#test/helpers/local-stack.ts';
import { waitFor } from '#test/helpers/wait.ts';
import { launchChromium } from '#test/browser/chromium.ts';

const PHONE = '13912345678';
const adA = {
  platform: 'demo-platform-a',
  adId: 'ring-a',
  title: '仓库理货员',
  description: '负责仓库货物收发与盘点，做好出入库记录。任职要求：男女不限，一年以上仓储经验，能适应倒班。',
  employer: { name: '长沙甲物流有限公司' },
  location: { country: 'CN', city: '长沙', regionCode: '430104' },
  salary: { min: 5000, max: 7000, currency: 'CNY', period: 'month' },
  contact: { name: '人事部', phone: PHONE },
  headcount: 3,
  language: 'zh',
};
const adB = {
  platform: 'demo-platform-b',
  adId: 'ring-b',
  title: '包装工',
  description: '负责成品包装与贴标，按订单备货。任职要求：男女不限，能吃苦耐劳，服从班组安排，包住宿。',
  employer: { name: '苏州乙电子有限公司' },
  location: { country: 'CN', city: '苏州', regionCode: '320505' },
  salary: { min: 4500, max: 6000, currency: 'CNY', period: 'month' },
  contact: { name: '王经理', phone: `${PHONE.slice(0, 3)} ${PHONE.slice(3, 7)} ${PHONE.slice(7)}` },
  headcount: 10,
  language: 'zh',
};

interface Finding {
  rule: string;
  severity: string;
  note?: string;
  evidence: { field: string; start: number; end: number; excerpt: string }[];
}
interface Result {
  flagged: boolean;
  caseId?: string;
  findings: Finding[];
  links?: { key: string; by: string }[];
}
interface CaseBody {
  caseId: string;
  adId: string;
  status: string;
  version: number;
  adVersion: number;
  regionCode: string | null;
  maxSeverity: string;
  rules: string[];
  linked?: { key: string; by: string; rule: string; version: number; finding: Finding }[];
  versions: unknown[];
}

let stack: LocalStack;
const bodies = new Map<string, string>();

beforeAll(async () => {
  // keep every message body the worker sees, to redeliver B's later
  stack = await startTestStack({
    consoleDir: 'console',
    wrapWorker: (worker) => async (event, context) => {
      for (const r of event.Records as SQSRecord[]) {
        const adId = (JSON.parse(r.body) as { ad?: { adId?: string } }).ad?.adId;
        if (adId) bodies.set(adId, r.body);
      }
      return worker(event, context);
    },
  });
});
afterAll(async () => {
  await stack?.stop();
});

const resultOf = async (token: string, adId: string) => (await getResult(stack, token, adId)).body as unknown as Result;
const caseOf = async (token: string, caseId: string) => api<CaseBody>(stack, 'GET', `/v1/cases/${caseId}`, token);

describe('signals across ads reach the earlier ad', { timeout: E2E_TEST_MS }, () => {
  let caseA = '';

  it('a clean ad gets a case with the shared-contact finding once a later ad of another employer shares its phone', async () => {
    await postFeed(stack, TOKENS.platformA, [adA]);
    const first = await waitForResults(stack, TOKENS.platformA, [adA.adId]);
    expect(first.get(adA.adId)?.flagged).toBe(false);
    expect(first.get(adA.adId)?.caseId).toBeUndefined();

    await postFeed(stack, TOKENS.platformB, [adB]);
    await waitForResults(stack, TOKENS.platformB, [adB.adId]);
    await waitForDrain(stack);

    const b = await resultOf(TOKENS.platformB, adB.adId);
    const onB = b.findings.find((f) => f.rule === 'signal-shared-contact');
    // a platform sees that other platforms' ads share the contact, never their ids
    expect(onB?.note).toContain('another platform');
    expect(onB?.note).not.toContain('ring-a');

    const a = await resultOf(TOKENS.platformA, adA.adId);
    expect(a.flagged).toBe(true);
    expect(a.caseId).toMatch(/^c_/);
    const onA = a.findings.find((f) => f.rule === 'signal-shared-contact');
    expect(onA?.severity).toBe('medium');
    expect(onA?.note).toContain('another platform');
    expect(onA?.note).not.toContain('ring-b');
    // the evidence points into A's own contact field, masked
    expect(onA?.evidence).toEqual([
      { field: 'contact.phone', start: 0, end: PHONE.length, excerpt: expect.any(String) },
    ]);
    expect(onA?.evidence[0]?.excerpt).not.toContain('12345678');
    expect(a.links?.map((l) => l.by)).toEqual(['another platform']);
    caseA = a.caseId ?? '';

    const got = await caseOf(TOKENS.regulator, caseA);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      adId: adA.adId,
      status: 'open',
      regionCode: '430104',
      maxSeverity: 'medium',
      version: 1,
      adVersion: 0,
    });
    expect(got.body.rules).toContain('signal-shared-contact');
    expect(got.body.linked).toHaveLength(1);
    expect(got.body.linked?.[0]).toMatchObject({
      by: 'demo-platform-b:ring-b',
      rule: 'signal-shared-contact',
      version: 1,
    });
    expect(got.body.linked?.[0]?.finding.note).toContain('demo-platform-b:ring-b');
    // B's text never shows in A's case: ids only
    const json = JSON.stringify(got.body);
    for (const s of [adB.title, adB.description, adB.employer.name, PHONE]) expect(json).not.toContain(s);
  });

  it("shows the linked finding, naming B, on A's case page in the console", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ locale: 'en-US' });
      page.setDefaultTimeout(8_000);
      await page.goto(stack.url);
      await page.fill('#token', TOKENS.changsha);
      await page.click('#signin-form button[type=submit]');
      await page.waitForSelector('#queue-table tr.case-row');
      await page.goto(`${stack.url}/#/case/${encodeURIComponent(caseA)}`);
      const card = await page.waitForSelector('.finding[data-rule="signal-shared-contact"]');
      expect(await card.textContent()).toContain('demo-platform-b:ring-b');
    } finally {
      await browser.close();
    }
  });

  it('keeps each ad in its own jurisdiction: Changsha sees A (430104) but not B (320505)', async () => {
    expect((await caseOf(TOKENS.changsha, caseA)).status).toBe(200);
    const b = await resultOf(TOKENS.platformB, adB.adId);
    expect(b.caseId).toMatch(/^c_/);
    expect((await caseOf(TOKENS.changsha, b.caseId ?? '')).status).toBe(404);
    // each platform still reads only its own results
    expect((await getResult(stack, TOKENS.platformB, adA.adId)).status).toBe(404);
  });

  it("redelivering B's message, even after a crash before B's result was stored, changes nothing", async () => {
    const body = bodies.get(adB.adId);
    expect(body).toBeDefined();
    const before = await scanTable(stack);
    const headA = before.find((i) => i.pk === `CASE#${caseA}` && i.sk === 'CASE');
    const resultA = before.find((i) => i.pk === `AD#${adA.platform}#${adA.adId}` && i.sk === 'RESULT');

    // a crash right before B's result was written: the result is gone, the message comes again
    await stack.clients.doc.send(
      new DeleteCommand({
        TableName: stack.resources.tableName,
        Key: { pk: `AD#${adB.platform}#${adB.adId}`, sk: 'RESULT' },
      }),
    );
    await stack.clients.sqs.send(new SendMessageCommand({ QueueUrl: stack.resources.ingest.url, MessageBody: body }));
    await waitFor(
      async () =>
        (
          await stack.clients.doc.send(
            new GetCommand({
              TableName: stack.resources.tableName,
              Key: { pk: `AD#${adB.platform}#${adB.adId}`, sk: 'RESULT' },
            }),
          )
        ).Item !== undefined,
      30_000,
      "B's result stored again",
    );
    // and a plain redelivery once the result is there
    await stack.clients.sqs.send(new SendMessageCommand({ QueueUrl: stack.resources.ingest.url, MessageBody: body }));
    await waitForDrain(stack);

    const after = await scanTable(stack);
    expect(after.find((i) => i.pk === `CASE#${caseA}` && i.sk === 'CASE')).toEqual(headA);
    expect(after.find((i) => i.pk === `AD#${adA.platform}#${adA.adId}` && i.sk === 'RESULT')).toEqual(resultA);
    const keys = (items: Record<string, unknown>[]) => items.map((i) => `${i.pk} ${i.sk}`).sort();
    expect(keys(after)).toEqual(keys(before));
    const got = await caseOf(TOKENS.regulator, caseA);
    expect(got.body.linked).toHaveLength(1);
    expect(got.body.version).toBe(1);
  });

  it('a third employer with the same phone adds a second link: one finding naming both, a new head version', async () => {
    const adC = { ...adB, platform: 'demo-platform-a', adId: 'ring-c', employer: { name: '武汉丙人力资源有限公司' } };
    await postFeed(stack, TOKENS.platformA, [adC]);
    await waitForResults(stack, TOKENS.platformA, [adC.adId]);
    await waitForDrain(stack);
    const a = await resultOf(TOKENS.platformA, adA.adId);
    const onA = a.findings.filter((f) => f.rule === 'signal-shared-contact');
    expect(onA).toHaveLength(1);
    // platform A sees its own ad's id, and only that another platform's ad is involved
    expect(onA[0]?.note).toContain('another platform');
    expect(onA[0]?.note).not.toContain('ring-b');
    expect(onA[0]?.note).toContain('demo-platform-a:ring-c');
    expect(a.links?.map((l) => l.by).sort()).toEqual(['another platform', 'demo-platform-a:ring-c']);
    const got = await caseOf(TOKENS.regulator, caseA);
    expect(got.body.version).toBe(2);
    expect(got.body.linked?.map((l) => [l.by, l.version])).toEqual([
      ['demo-platform-b:ring-b', 1],
      ['demo-platform-a:ring-c', 2],
    ]);
    // B, screened before C, learns of C too
    const b = await resultOf(TOKENS.platformB, adB.adId);
    const notesB = b.findings.map((f) => f.note ?? '').join(' ');
    expect(notesB).toContain('linked after screening');
    expect(notesB).not.toContain('ring-c'); // platform B never sees platform A's ad ids…
    const caseB = await caseOf(TOKENS.regulator, b.caseId ?? '');
    expect(caseB.body.linked?.map((l) => l.by)).toContain('demo-platform-a:ring-c'); // …the regulator does
  });
});
