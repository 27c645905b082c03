/**
 * The DynamoDB adapters against a real DynamoDB protocol endpoint (dynalite in-process on 127.0.0.1,
 * a free port): conditional writes, the employer index and the screening service end to end.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoAlertLedger } from '#shared/adapters/dynamodb/alert-ledger.ts';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { AlertService } from '#shared/pipeline/alerts.ts';
import { hashToken } from '#shared/pipeline/auth.ts';
import { AlertClaimHeldError, StaleVersionError } from '#shared/pipeline/errors.ts';
import { caseIdOf } from '#shared/pipeline/keys.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynalite-table.ts';
import { FakeScreener, finding, MemoryPublisher, makeAd, message } from '#test/pipeline/fakes.ts';

let table: TestTable;
let client: DynamoDBDocumentClient;
const tableName = 'rw-adapter-test';

beforeAll(async () => {
  table = await startTestTable(tableName);
  client = table.client;
});
afterAll(async () => {
  await table?.stop();
});

function service(screener: FakeScreener, publisher = new MemoryPublisher()) {
  const opts = { tableName, client };
  const cases = new DynamoCaseStore(opts);
  return {
    cases,
    results: new DynamoResultStore(opts),
    publisher,
    service: new ScreeningService({
      engine: screener,
      results: new DynamoResultStore(opts),
      cases,
      alerts: new AlertService({
        cases,
        ledger: new DynamoAlertLedger(opts),
        publisher,
        tagsOf: (r) => (r === 'fraud-fee' ? ['fraud.fee'] : []),
      }),
    }),
  };
}

describe('DynamoDB adapters on dynalite', () => {
  it('stores a flagged ad once across re-deliveries, and versions a changed one', async () => {
    const screener = new FakeScreener();
    const s = service(screener);
    const ad = makeAd({ adId: 'dl-1' });
    const changed = makeAd({ adId: 'dl-1', title: '改过的标题' });
    screener.findings.set(`dl-1:${ad.title}`, [finding('fraud-fee', 'critical', 'fraud')]);
    screener.findings.set(`dl-1:${changed.title}`, [finding('fraud-fee', 'high', 'fraud')]);

    await s.service.process(message(ad));
    await s.service.process(message(ad));
    await s.service.process(message(changed, '2026-11-26T07:00:00.000Z'));
    await s.service.process(message(changed, '2026-11-26T07:00:00.000Z'));

    const caseId = caseIdOf(ad.platform, ad.adId);
    const head = await s.cases.getCaseHead(caseId);
    expect(head).toMatchObject({ adVersion: 2, version: 2, status: 'open', maxSeverity: 'high' });
    expect((await s.cases.getVersion(caseId, 1))?.ad.title).toBe(ad.title);
    expect(await s.cases.getVersion(caseId, 3)).toBeUndefined();
    expect(s.publisher.alerts).toHaveLength(1);
    expect(await s.results.getResult(ad.platform, ad.adId)).toMatchObject({ adVersion: 2, flagged: true, caseId });
  });

  it('rejects a head update on a stale version and keeps an older result from overwriting a newer one', async () => {
    const s = service(new FakeScreener());
    const screener = new FakeScreener();
    const ad = makeAd({ adId: 'dl-2' });
    screener.findings.set(`dl-2:${ad.title}`, [finding('cn-gender', 'high', 'discrimination')]);
    await service(screener).service.process(message(ad));
    const head = await s.cases.getCaseHead(caseIdOf(ad.platform, ad.adId));
    if (!head) throw new Error('no head');
    await expect(s.cases.updateCase({ ...head, version: 5 }, 4)).rejects.toBeInstanceOf(StaleVersionError);
    const r = await s.results.getResult(ad.platform, ad.adId);
    if (!r) throw new Error('no result');
    expect(await s.results.putResult({ ...r, receivedAt: '2020-01-01T00:00:00.000Z', flagged: false })).toBe('exists');
    expect((await s.results.getResult(ad.platform, ad.adId))?.flagged).toBe(true);
  });

  it('counts open cases per employer on the employer index', async () => {
    const screener = new FakeScreener();
    const s = service(screener);
    for (const id of ['e1', 'e2', 'e3']) {
      const ad = makeAd({ adId: id, employer: { name: 'X', creditCode: '91430100TESTEMP01X' } });
      screener.findings.set(`${id}:${ad.title}`, [finding('cn-gender', 'medium', 'discrimination')]);
      await s.service.process(message(ad));
    }
    expect(await s.cases.countOpenCases('91430100TESTEMP01X', 10)).toBe(3);
    expect(await s.cases.countOpenCases('91430100TESTEMP01X', 2)).toBe(2);
    expect(s.publisher.alerts.map((a) => a.reasons)).toEqual([['repeat-offender']]);
  });

  it('alert ledger: of two concurrent claims one wins, the other is held until the lease ends or a release', async () => {
    const ledger = new DynamoAlertLedger({ tableName, client, leaseSeconds: 180 });
    const at = '2026-11-26T06:00:00.000Z';
    const claims = await Promise.allSettled([
      ledger.claim('c_race', 'a_race', at),
      ledger.claim('c_race', 'a_race', '2026-11-26T06:00:00.001Z'),
    ]);
    expect(claims.filter((c) => c.status === 'fulfilled' && c.value === true)).toHaveLength(1);
    const lost = claims.find((c) => c.status === 'rejected');
    expect(lost?.status === 'rejected' && lost.reason).toBeInstanceOf(AlertClaimHeldError);
    const winner = claims[0]?.status === 'fulfilled' ? at : '2026-11-26T06:00:00.001Z';
    // 179 s later the claim is still live; 181 s later its delivery is presumed dead
    await expect(ledger.claim('c_race', 'a_race', '2026-11-26T06:02:59.000Z')).rejects.toBeInstanceOf(
      AlertClaimHeldError,
    );
    expect(await ledger.claim('c_race', 'a_race', '2026-11-26T06:03:01.000Z')).toBe(true);
    // a stale release (of the claim taken over) changes nothing; the owner's release frees it at once
    await ledger.release('c_race', winner);
    await expect(ledger.claim('c_race', 'a_race', '2026-11-26T06:03:02.000Z')).rejects.toBeInstanceOf(
      AlertClaimHeldError,
    );
    await ledger.release('c_race', '2026-11-26T06:03:01.000Z');
    expect(await ledger.claim('c_race', 'a_race', '2026-11-26T06:03:03.000Z')).toBe(true);
    await ledger.markSent('c_race', '2026-11-26T06:03:04.000Z');
    expect(await ledger.claim('c_race', 'a_race', '2026-11-26T09:00:00.000Z')).toBe(false);
  });

  it('finds credentials by token hash only', async () => {
    const store = new DynamoCredentialStore({ tableName, client });
    const principal = { kind: 'platform' as const, platform: 'demo-platform-a', subject: 'a' };
    await store.put({ tokenSha256: hashToken('rw_test_token_1'), principal, createdAt: '2026-11-26T06:00:00Z' });
    expect(await store.findByTokenHash(hashToken('rw_test_token_1'))).toEqual(principal);
    expect(await store.findByTokenHash(hashToken('rw_test_token_2'))).toBeUndefined();
  });
});
