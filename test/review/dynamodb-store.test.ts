/**
 * The DynamoDB review store against dynalite (a real DynamoDB API endpoint, in-process on a free port),
 * with cases written by the pipeline's own case-store adapter so both sides agree on the item format.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { DynamoReviewStore } from '#shared/review/dynamodb-store.ts';
import { CaseNotFoundError, ReviewValidationError, VersionConflictError } from '#shared/review/errors.ts';
import { ReviewService } from '#shared/review/service.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynalite-table.ts';
import { CASES, makeCase, REGULATOR_ALL, REGULATOR_CHANGSHA } from '#test/review/fixtures.ts';

let table: TestTable;
let service: ReviewService;
let store: DynamoReviewStore;
const tableName = 'review-test';

beforeAll(async () => {
  table = await startTestTable(tableName, 'us-east-1');
  const doc = table.client;
  const writer = new DynamoCaseStore({ tableName, client: doc });
  for (const c of CASES) {
    const { versions, audit: _audit, ...head } = c;
    expect(await writer.createCase(head)).toBe('written');
    for (const v of versions) expect(await writer.putVersion(v)).toBe('written');
  }
  store = new DynamoReviewStore({ tableName, client: doc });
  service = new ReviewService({
    store,
    cursorSecret: 'dynalite-test-secret-0123456789',
  });
});

afterAll(async () => {
  await table?.stop();
});

const ids = (items: { caseId: string }[]) => items.map((c) => c.caseId);

describe('DynamoReviewStore on dynalite', () => {
  it('lists the national queue in severity-then-time order across status partitions, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const r = await service.listCases(REGULATOR_ALL, { limit: '2', cursor });
      seen.push(...ids(r.items));
      if (!r.nextCursor) break;
      cursor = r.nextCursor;
    }
    expect(seen).toEqual(['sz-1', 'cs-2', 'sz-2', 'cs-1', 'cs-3', 'us-1']);
  });

  it('keeps a Changsha regulator in Changsha on the regional index, with filters', async () => {
    expect(ids((await service.listCases(REGULATOR_CHANGSHA, {})).items)).toEqual(['cs-2', 'cs-1', 'cs-3']);
    expect(ids((await service.listCases(REGULATOR_CHANGSHA, { severity: 'critical' })).items)).toEqual(['cs-2']);
    expect(ids((await service.listCases(REGULATOR_CHANGSHA, { category: 'fraud' })).items)).toEqual(['cs-2']);
    expect(ids((await service.listCases(REGULATOR_CHANGSHA, { platform: 'demo-platform-b' })).items)).toEqual(['cs-3']);
    expect((await service.listCases(REGULATOR_CHANGSHA, { regionCode: '320500' })).items).toEqual([]);
    const stats = await service.stats(REGULATOR_CHANGSHA, { groupBy: 'platform' });
    expect(stats.total).toBe(3);
  });

  it('reads a case with its versions and the employer’s other cases in scope', async () => {
    const c = await service.getCase(REGULATOR_CHANGSHA, 'cs-1');
    expect(c.versions).toHaveLength(1);
    expect(c.versions[0]?.ad.description).toContain('限男性');
    expect(ids(c.employerCases)).toEqual(['cs-2']);
    await expect(service.getCase(REGULATOR_CHANGSHA, 'sz-1')).rejects.toBeInstanceOf(CaseNotFoundError);
  });

  it('decides in one conditional write: status, version, index keys and audit move together', async () => {
    const d = await service.decide(REGULATOR_CHANGSHA, 'cs-3', {
      decision: 'confirm',
      reason: '限定性别，违反就业促进法',
      expectedVersion: 1,
    });
    expect(d.status).toBe('confirmed');
    expect(d.version).toBe(2);
    expect(d.audit).toMatchObject([{ actor: 'reg-changsha', decision: 'confirm', statusAfter: 'confirmed' }]);
    // the case moved to the confirmed partition of both queue indexes
    expect(ids((await service.listCases(REGULATOR_CHANGSHA, { status: 'confirmed' })).items)).toEqual(['cs-3']);
    expect(ids((await service.listCases(REGULATOR_ALL, { status: 'open' })).items)).not.toContain('cs-3');
    const stale = await service
      .decide(REGULATOR_ALL, 'cs-3', { decision: 'dismiss', reason: '过期版本', expectedVersion: 1 })
      .catch((e) => e);
    expect(stale).toBeInstanceOf(VersionConflictError);
    expect((await service.getCase(REGULATOR_ALL, 'cs-3')).audit).toHaveLength(1);
  });

  it('lets only one of two concurrent decisions on the same version through', async () => {
    const body = (decision: string) => ({ decision, reason: '并发审核', expectedVersion: 1 });
    const results = await Promise.allSettled([
      service.decide(REGULATOR_ALL, 'sz-2', body('confirm')),
      service.decide(REGULATOR_ALL, 'sz-2', body('dismiss')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(failed?.status === 'rejected' && failed.reason).toBeInstanceOf(VersionConflictError);
    const after = await service.getCase(REGULATOR_ALL, 'sz-2');
    expect(after.audit).toHaveLength(1);
    expect(after.version).toBe(2);
  });

  it('counts a date range from the by-day index, scoped', async () => {
    const range = { groupBy: 'day', from: '2026-11-20', to: '2026-11-22' };
    const queue = vi.spyOn(store, 'listCases');
    const cs = await service.stats(REGULATOR_CHANGSHA, range);
    expect(queue).not.toHaveBeenCalled();
    queue.mockRestore();
    expect(cs.groups.map((g) => [g.key, g.count])).toEqual([
      ['2026-11-20', 1],
      ['2026-11-21', 1],
      ['2026-11-22', 1],
    ]);
    const all = await service.stats(REGULATOR_ALL, range);
    expect(all.groups.map((g) => [g.key, g.count])).toEqual([
      ['2026-11-20', 1],
      ['2026-11-21', 2],
      ['2026-11-22', 2],
    ]);
    const { csv } = await service.exportCsv(REGULATOR_CHANGSHA, { from: '2026-11-21', to: '2026-11-21' });
    expect(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['cs-2']);
  });

  it('counts a range longer than the by-day index serves by walking the queue, losing no case', async () => {
    const near = { groupBy: 'category', from: '2026-01-01', to: '2026-12-31' };
    const far = { groupBy: 'category', from: '2023-11-01', to: '2026-12-31' };
    const byDay = vi.spyOn(store, 'casesCreated');
    const queue = vi.spyOn(store, 'listCases');
    const recent = await service.stats(REGULATOR_ALL, near);
    expect(byDay).toHaveBeenCalledTimes(1);
    expect(queue).not.toHaveBeenCalled();
    const long = await service.stats(REGULATOR_ALL, far);
    expect(byDay).toHaveBeenCalledTimes(1);
    expect(queue).toHaveBeenCalled();
    byDay.mockRestore();
    queue.mockRestore();
    expect(recent.total).toBeGreaterThan(0);
    expect(long.total).toBe(recent.total);
    expect(long.truncated).toBe(false);
    const { rows } = await service.exportCsv(REGULATOR_CHANGSHA, { from: '2023-11-01', to: '2026-12-31' });
    expect(rows).toBe((await service.exportCsv(REGULATOR_CHANGSHA, { from: '2026-01-01', to: '2026-12-31' })).rows);
  });

  it('refuses a cursor minted for another scope', async () => {
    const r = await service.listCases(REGULATOR_ALL, { limit: '1' });
    await expect(
      service.listCases(REGULATOR_CHANGSHA, { limit: '1', cursor: r.nextCursor ?? 'x' }),
    ).rejects.toBeInstanceOf(ReviewValidationError);
  });
});

describe('DynamoReviewStore on dynalite: local days over UTC day partitions', () => {
  let tz: TestTable;
  let svc: ReviewService;
  const ids2 = (items: { caseId: string }[]) => items.map((c) => c.caseId).sort();

  beforeAll(async () => {
    tz = await startTestTable('review-tz-test', 'us-east-1');
    const writer = new DynamoCaseStore({ tableName: 'review-tz-test', client: tz.client });
    // 07:00 and 23:30 Beijing time on 27 November, and 00:30 on the 28th: UTC days 26, 27 and 27
    for (const [caseId, createdAt] of [
      ['cs-dawn', '2026-11-26T23:00:00.000Z'],
      ['cs-late', '2026-11-27T15:30:00.000Z'],
      ['cs-next', '2026-11-27T16:30:00.000Z'],
    ] as const) {
      const { versions: _v, audit: _a, ...head } = makeCase({ caseId, regionCode: '430100', city: '长沙', createdAt });
      expect(await writer.createCase(head)).toBe('written');
    }
    svc = new ReviewService({
      store: new DynamoReviewStore({ tableName: 'review-tz-test', client: tz.client }),
      cursorSecret: 'dynalite-test-secret-0123456789',
      clock: () => new Date('2026-11-28T02:00:00.000Z'),
    });
  });
  afterAll(async () => {
    await tz?.stop();
  });

  it('reads the UTC day partitions a local day overlaps: a Beijing day is two of them', async () => {
    const send = vi.spyOn(tz.client, 'send');
    const local = await svc.stats(REGULATOR_CHANGSHA, { groupBy: 'day', from: '2026-11-27', to: '2026-11-27' });
    const days = send.mock.calls.map(([cmd]) => cmd.input as { ExpressionAttributeValues?: { ':pk'?: string } });
    send.mockRestore();
    expect(days.map((i) => i.ExpressionAttributeValues?.[':pk']).sort()).toEqual(['DAY#2026-11-26', 'DAY#2026-11-27']);
    expect(local.groups.map((g) => [g.key, g.count])).toEqual([['2026-11-27', 2]]);
    const csv = await svc.exportCsv(REGULATOR_CHANGSHA, { from: '2026-11-27', to: '2026-11-27' });
    expect(csv.rows).toBe(2);
    const week = await svc.stats(REGULATOR_CHANGSHA, { groupBy: 'day', from: '2026-11-20' });
    expect(week.groups.map((g) => [g.key, g.count])).toEqual([
      ['2026-11-27', 2],
      ['2026-11-28', 1],
    ]);
  });

  it('reads UTC days when asked: the same cases fall on the 26th and 27th', async () => {
    const utc = await svc.stats(REGULATOR_CHANGSHA, { groupBy: 'day', from: '2026-11-26', tz: 'UTC' });
    expect(utc.groups.map((g) => [g.key, g.count])).toEqual([
      ['2026-11-26', 1],
      ['2026-11-27', 2],
    ]);
    expect(ids2((await svc.listCases(REGULATOR_CHANGSHA, { from: '2026-11-27', to: '2026-11-27' })).items)).toEqual([
      'cs-dawn',
      'cs-late',
    ]);
    expect(
      ids2((await svc.listCases(REGULATOR_CHANGSHA, { from: '2026-11-27', to: '2026-11-27', tz: 'UTC' })).items),
    ).toEqual(['cs-late', 'cs-next']);
  });
});
