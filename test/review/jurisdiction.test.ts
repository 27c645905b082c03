/**
 * Cases of ads that gave no region code (a GB or US ad with only a country, a CN ad with only a city name):
 * stored without a `regionCode` attribute by the worker, scoped by their country in every review route
 * — the same code their alerts carry (`jurisdiction`) — over dynalite, through the pipeline's own writers.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAlertLedger } from '#shared/adapters/dynamodb/alert-ledger.ts';
import { DynamoCaseStore, headAttributes } from '#shared/adapters/dynamodb/case-store.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { AlertService } from '#shared/pipeline/alerts.ts';
import { caseIdOf, caseKey } from '#shared/pipeline/keys.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import { DynamoReviewStore } from '#shared/review/dynamodb-store.ts';
import { CaseNotFoundError } from '#shared/review/errors.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';
import type { Case } from '#shared/review/types.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynalite-table.ts';
import { FakeScreener, finding, MemoryPublisher, makeAd, message } from '#test/pipeline/fakes.ts';
import { REGULATOR_ALL, REGULATOR_CHANGSHA } from '#test/review/fixtures.ts';

const UK: Principal = { kind: 'regulator', subject: 'ehrc', regions: ['GB'] };
const SCOTLAND: Principal = { kind: 'regulator', subject: 'scotland', regions: ['GB-SCT'] };

let table: TestTable;
let doc: DynamoDBDocumentClient;
let cases: DynamoCaseStore;
let review: ReviewService;
const publisher = new MemoryPublisher();
const screener = new FakeScreener();
const tableName = 'rw-jurisdiction-test';

const gbNoRegion = makeAd({
  adId: 'gb-1',
  title: 'Sales assistant',
  employer: { name: 'Acme Ltd' },
  location: { country: 'GB', city: 'Leeds' },
});
const gbScotland = makeAd({
  adId: 'gb-2',
  title: 'Barista',
  employer: { name: 'Acme Ltd' },
  location: { country: 'GB', regionCode: 'GB-SCT' },
});
const cnNoRegion = makeAd({ adId: 'cn-1', location: { country: 'CN', city: '长沙' } });
const cnChangsha = makeAd({ adId: 'cn-2' });

beforeAll(async () => {
  table = await startTestTable(tableName);
  doc = table.client;
  const opts = { tableName, client: doc };
  cases = new DynamoCaseStore(opts);
  const worker = new ScreeningService({
    engine: screener,
    results: new DynamoResultStore(opts),
    cases,
    alerts: new AlertService({ cases, ledger: new DynamoAlertLedger(opts), publisher, tagsOf: () => ['fraud.fee'] }),
  });
  for (const ad of [gbNoRegion, gbScotland, cnNoRegion, cnChangsha]) {
    screener.findings.set(`${ad.adId}:${ad.title}`, [finding('fraud-fee', 'critical', 'fraud')]);
    await worker.process(message(ad));
  }
  review = new ReviewService({
    store: new DynamoReviewStore(opts),
    cursorSecret: 'jurisdiction-test-secret-0123456789',
  });
});
afterAll(async () => {
  await table?.stop();
});

const headItem = async (adId: string) =>
  (await doc.send(new GetCommand({ TableName: tableName, Key: caseKey(caseIdOf('demo-platform-a', adId)) }))).Item;
const listed = async (who: Principal, query: Record<string, string> = {}) =>
  (await review.listCases(who, query)).items.map((c) => c.adId).sort();

describe('cases of ads without a region code', () => {
  it('are stored with no regionCode attribute (not NULL), and read back as regionCode null', async () => {
    const item = await headItem('gb-1');
    expect(item).toBeDefined();
    expect(item && 'regionCode' in item).toBe(false);
    expect(item?.country).toBe('GB');
    expect(item?.gsi1pk).toBe('RQ#GB#open');
    expect((await headItem('gb-2'))?.regionCode).toBe('GB-SCT');
    const head = await cases.getCaseHead(caseIdOf('demo-platform-a', 'gb-1'));
    expect(head?.regionCode).toBeNull();
    expect(head?.city).toBe('Leeds');
  });

  it('are scoped by their country: a GB regulator sees GB cases with and without a region, nothing else', async () => {
    expect(await listed(UK)).toEqual(['gb-1', 'gb-2']);
    expect(await listed(UK, { status: 'open' })).toEqual(['gb-1', 'gb-2']);
    expect(await listed(UK, { regionCode: 'GB' })).toEqual(['gb-1', 'gb-2']);
    expect((await review.getCase(UK, caseIdOf('demo-platform-a', 'gb-1'))).adId).toBe('gb-1');
    const stats = await review.stats(UK, { groupBy: 'region', from: '2026-11-01' });
    expect(stats.groups.map((g) => [g.key, g.count]).sort()).toEqual([
      ['GB', 1],
      ['GB-SCT', 1],
    ]);
    const csv = await review.exportCsv(UK, {});
    expect(csv.rows).toBe(2);
  });

  it('are not guessed into a narrower scope: no region means no Scottish or Changsha case', async () => {
    expect(await listed(SCOTLAND)).toEqual(['gb-2']);
    expect(await listed(REGULATOR_CHANGSHA)).toEqual(['cn-2']);
    await expect(review.getCase(REGULATOR_CHANGSHA, caseIdOf('demo-platform-a', 'cn-1'))).rejects.toBeInstanceOf(
      CaseNotFoundError,
    );
    await expect(review.getCase(SCOTLAND, caseIdOf('demo-platform-a', 'gb-1'))).rejects.toBeInstanceOf(
      CaseNotFoundError,
    );
    expect(await listed(REGULATOR_ALL)).toEqual(['cn-1', 'cn-2', 'gb-1', 'gb-2']);
  });

  it('carry the same code in their alerts as in review scope', () => {
    const byAd = Object.fromEntries(publisher.alerts.map((a) => [a.adId, a.jurisdiction]));
    expect(byAd).toEqual({ 'gb-1': 'GB', 'gb-2': 'GB-SCT', 'cn-1': 'CN', 'cn-2': '430102' });
  });

  it('lose a region code a later version no longer gives, and gain one it adds', async () => {
    const moved = { ...cnChangsha, title: '销售专员（新）', location: { country: 'CN', city: '长沙' } };
    screener.findings.set(`${moved.adId}:${moved.title}`, [finding('fraud-fee', 'high', 'fraud')]);
    const worker = new ScreeningService({
      engine: screener,
      results: new DynamoResultStore({ tableName, client: doc }),
      cases,
      alerts: new AlertService({
        cases,
        ledger: new DynamoAlertLedger({ tableName, client: doc }),
        publisher,
        tagsOf: () => [],
      }),
    });
    await worker.process(message(moved, '2026-11-26T07:00:00.000Z'));
    const item = await headItem('cn-2');
    expect(item?.adVersion).toBe(2);
    expect(item && 'regionCode' in item).toBe(false);
    expect(await listed(REGULATOR_CHANGSHA)).toEqual([]);

    const back = { ...moved, title: '销售专员（再改）', location: { country: 'CN', regionCode: '430103' } };
    screener.findings.set(`${back.adId}:${back.title}`, [finding('fraud-fee', 'high', 'fraud')]);
    await worker.process(message(back, '2026-11-26T08:00:00.000Z'));
    expect((await headItem('cn-2'))?.regionCode).toBe('430103');
    expect(await listed(REGULATOR_CHANGSHA)).toEqual(['cn-2']);
  });

  it('stay in their country scope when an older head stored regionCode as NULL', async () => {
    const head = {
      ...headAttributes({
        caseId: 'c_legacy',
        platform: 'demo-platform-a',
        adId: 'legacy-gb',
        title: 'Cleaner',
        regionCode: null,
        city: null,
        country: 'GB',
        employerName: null,
        creditCode: null,
        employerKey: 'unknown',
        status: 'open',
        maxSeverity: 'high',
        categories: ['fraud'],
        rules: ['fraud-fee'],
        version: 1,
        adVersion: 1,
        contentHash: 'h',
        createdAt: '2026-11-20T08:00:00.000Z',
        updatedAt: '2026-11-20T08:00:00.000Z',
      }),
      ...caseKey('c_legacy'),
      regionCode: null,
      audit: [],
    };
    await doc.send(new PutCommand({ TableName: tableName, Item: head }));
    expect(await listed(UK)).toEqual(['gb-1', 'gb-2', 'legacy-gb']);
    expect(await listed(SCOTLAND)).toEqual(['gb-2']);
  });
});

describe('the in-memory review store scopes the same way', () => {
  it('shows a country-only case to its country and national regulators only', async () => {
    const store = new MemoryReviewStore();
    const base = await review.getCase(REGULATOR_ALL, caseIdOf('demo-platform-a', 'gb-1'));
    const { employerCases: _e, ...c } = base;
    store.put(c satisfies Case);
    const memory = new ReviewService({ store, cursorSecret: 'jurisdiction-test-secret-0123456789' });
    expect((await memory.listCases(UK, {})).items.map((x) => x.adId)).toEqual(['gb-1']);
    expect((await memory.listCases(SCOTLAND, {})).items).toEqual([]);
    expect((await memory.listCases(REGULATOR_CHANGSHA, {})).items).toEqual([]);
    expect((await memory.listCases(REGULATOR_ALL, {})).items).toHaveLength(1);
  });
});
