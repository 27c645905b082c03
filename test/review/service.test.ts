import { beforeEach, describe, expect, it } from 'vitest';
import {
  CaseNotFoundError,
  ReviewForbiddenError,
  ReviewValidationError,
  VersionConflictError,
} from '#shared/review/errors.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';
import { CASES, makeCase, PLATFORM_A, REGULATOR_ALL, REGULATOR_CHANGSHA } from '#test/review/fixtures.ts';

const SECRET = 'test-secret-0123456789abcdef';
let service: ReviewService;

beforeEach(() => {
  const store = new MemoryReviewStore();
  for (const c of CASES) store.put(c);
  service = new ReviewService({ store, cursorSecret: SECRET, clock: () => new Date('2026-11-25T10:00:00.000Z') });
});

const ids = (items: { caseId: string }[]) => items.map((c) => c.caseId);

describe('listing', () => {
  it('orders by severity, then newest first', async () => {
    const r = await service.listCases(REGULATOR_ALL, {});
    expect(ids(r.items)).toEqual(['sz-1', 'cs-2', 'sz-2', 'cs-1', 'cs-3', 'us-1']);
    expect(r.nextCursor).toBeNull();
  });

  it('shows a Changsha regulator only Changsha cases, districts included', async () => {
    const r = await service.listCases(REGULATOR_CHANGSHA, {});
    expect(ids(r.items)).toEqual(['cs-2', 'cs-1', 'cs-3']);
  });

  it('gives nothing when a Changsha regulator filters on a Suzhou region', async () => {
    const r = await service.listCases(REGULATOR_CHANGSHA, { regionCode: '320500' });
    expect(r.items).toEqual([]);
  });

  it('applies filters', async () => {
    expect(ids((await service.listCases(REGULATOR_ALL, { category: 'fraud' })).items)).toEqual(['cs-2']);
    expect(ids((await service.listCases(REGULATOR_ALL, { severity: 'critical' })).items)).toEqual(['sz-1', 'cs-2']);
    expect(ids((await service.listCases(REGULATOR_ALL, { platform: 'demo-platform-b' })).items)).toEqual(['cs-3']);
    expect(ids((await service.listCases(REGULATOR_ALL, { from: '2026-11-22', to: '2026-11-22' })).items)).toEqual([
      'sz-2',
      'cs-3',
    ]);
    expect(ids((await service.listCases(REGULATOR_ALL, { creditCode: '91430100MA4L000001' })).items)).toEqual([
      'sz-1',
      'cs-2',
      'cs-1',
    ]);
  });

  it('rejects bad filters with the field named', async () => {
    const err = await service.listCases(REGULATOR_ALL, { status: 'closed', limit: '0' }).catch((e) => e);
    expect(err).toBeInstanceOf(ReviewValidationError);
    expect(err.problems.map((p: { path: string }) => p.path).sort()).toEqual(['limit', 'status']);
  });

  it('pages with an opaque cursor until the end', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const r = await service.listCases(REGULATOR_ALL, { limit: '2', cursor });
      seen.push(...ids(r.items));
      if (!r.nextCursor) break;
      expect(r.nextCursor).not.toContain('cs-');
      cursor = r.nextCursor;
    }
    expect(seen).toEqual(['sz-1', 'cs-2', 'sz-2', 'cs-1', 'cs-3', 'us-1']);
  });

  it('refuses a cursor used with another scope, other filters, or edited', async () => {
    const first = await service.listCases(REGULATOR_ALL, { limit: '1' });
    const cursor = first.nextCursor ?? '';
    expect(cursor).not.toBe('');
    await expect(service.listCases(REGULATOR_CHANGSHA, { limit: '1', cursor })).rejects.toBeInstanceOf(
      ReviewValidationError,
    );
    await expect(service.listCases(REGULATOR_ALL, { limit: '1', cursor, status: 'open' })).rejects.toBeInstanceOf(
      ReviewValidationError,
    );
    const [payload, sig] = cursor.split('.');
    const forged = `${Buffer.from(JSON.stringify({ p: '0', s: '*', f: '[]' })).toString('base64url')}.${sig}`;
    expect(payload).not.toBe(forged.split('.')[0]);
    await expect(service.listCases(REGULATOR_ALL, { limit: '1', cursor: forged })).rejects.toBeInstanceOf(
      ReviewValidationError,
    );
  });

  it('is closed to platforms and anonymous callers', async () => {
    await expect(service.listCases(PLATFORM_A, {})).rejects.toBeInstanceOf(ReviewForbiddenError);
    await expect(service.listCases(undefined, {})).rejects.toBeInstanceOf(ReviewForbiddenError);
    await expect(service.stats(PLATFORM_A, {})).rejects.toBeInstanceOf(ReviewForbiddenError);
    await expect(service.exportCsv(PLATFORM_A, {})).rejects.toBeInstanceOf(ReviewForbiddenError);
    await expect(service.getCase(PLATFORM_A, 'cs-1')).rejects.toBeInstanceOf(ReviewForbiddenError);
  });
});

describe('case detail', () => {
  it('returns versions, findings and the employer’s other cases inside the scope only', async () => {
    const all = await service.getCase(REGULATOR_ALL, 'cs-1');
    expect(ids(all.employerCases)).toEqual(['sz-1', 'cs-2']);
    const cs = await service.getCase(REGULATOR_CHANGSHA, 'cs-1');
    expect(ids(cs.employerCases)).toEqual(['cs-2']);
    expect(cs.versions[0]?.findings[0]?.evidence[0]).toMatchObject({ field: 'description', start: 5, end: 8 });
  });

  it('finds an employer without a credit code by its normalised name, still inside the scope', async () => {
    expect(ids((await service.getCase(REGULATOR_ALL, 'cs-3')).employerCases)).toEqual(['us-1', 'sz-2']);
    expect((await service.getCase(REGULATOR_CHANGSHA, 'cs-3')).employerCases).toEqual([]);
  });

  it('hides an out-of-scope case exactly like a missing one', async () => {
    const a = await service.getCase(REGULATOR_CHANGSHA, 'sz-1').catch((e) => e);
    const b = await service.getCase(REGULATOR_CHANGSHA, 'nope').catch((e) => e);
    expect(a).toBeInstanceOf(CaseNotFoundError);
    expect(b).toBeInstanceOf(CaseNotFoundError);
    expect(a.message.replace('sz-1', 'X')).toBe(b.message.replace('nope', 'X'));
    await expect(service.getCase(REGULATOR_CHANGSHA, 'us-1')).rejects.toBeInstanceOf(CaseNotFoundError);
  });
});

describe('decisions', () => {
  it('records a decision with its reason and moves the status and version', async () => {
    const d = await service.decide(REGULATOR_CHANGSHA, 'cs-1', {
      decision: 'confirm',
      reason: '广告明确限定男性',
      expectedVersion: 1,
    });
    expect(d.status).toBe('confirmed');
    expect(d.version).toBe(2);
    expect(d.audit).toEqual([
      {
        at: '2026-11-25T10:00:00.000Z',
        actor: 'reg-changsha',
        decision: 'confirm',
        reason: '广告明确限定男性',
        version: 1,
        statusBefore: 'open',
        statusAfter: 'confirmed',
      },
    ]);
    const again = await service.decide(REGULATOR_ALL, 'cs-1', {
      decision: 'escalate',
      reason: '重复违法',
      expectedVersion: 2,
    });
    expect(again.audit.map((a) => a.decision)).toEqual(['confirm', 'escalate']);
    expect(again.status).toBe('escalated');
  });

  it('answers a stale expectedVersion with a conflict and changes nothing', async () => {
    await service.decide(REGULATOR_ALL, 'cs-1', { decision: 'dismiss', reason: '合法的岗位要求', expectedVersion: 1 });
    const err = await service
      .decide(REGULATOR_ALL, 'cs-1', { decision: 'confirm', reason: '另一位审核员', expectedVersion: 1 })
      .catch((e) => e);
    expect(err).toBeInstanceOf(VersionConflictError);
    expect(err.currentVersion).toBe(2);
    const after = await service.getCase(REGULATOR_ALL, 'cs-1');
    expect(after.status).toBe('dismissed');
    expect(after.audit).toHaveLength(1);
  });

  it('requires a reason and a known decision', async () => {
    for (const body of [
      { decision: 'confirm', reason: ' ', expectedVersion: 1 },
      { decision: 'confirm', expectedVersion: 1 },
      { decision: 'delete', reason: 'x y', expectedVersion: 1 },
      { decision: 'confirm', reason: 'ok ok' },
      null,
    ]) {
      await expect(service.decide(REGULATOR_ALL, 'cs-1', body)).rejects.toBeInstanceOf(ReviewValidationError);
    }
    expect((await service.getCase(REGULATOR_ALL, 'cs-1')).audit).toEqual([]);
  });

  it('cannot decide a case outside the scope', async () => {
    await expect(
      service.decide(REGULATOR_CHANGSHA, 'sz-1', { decision: 'dismiss', reason: '越权', expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(CaseNotFoundError);
    expect((await service.getCase(REGULATOR_ALL, 'sz-1')).status).toBe('open');
  });
});

describe('stats and export', () => {
  it('counts only the caller’s cases', async () => {
    const all = await service.stats(REGULATOR_ALL, { groupBy: 'region' });
    expect(all.total).toBe(6);
    const cs = await service.stats(REGULATOR_CHANGSHA, { groupBy: 'region' });
    expect(cs.total).toBe(3);
    expect(cs.groups.map((g) => g.key).sort()).toEqual(['430100', '430102']);
    expect(cs.groups.find((g) => g.key === '430100')).toMatchObject({ count: 2, label: '长沙' });
  });

  it('rolls districts up to their city', async () => {
    const s = await service.stats(REGULATOR_ALL, { groupBy: 'city' });
    expect(s.groups.map((g) => [g.key, g.count])).toEqual([
      ['430100', 3],
      ['320500', 2],
      ['CN', 1],
    ]);
  });

  it('groups by day in calendar order with categories per day', async () => {
    const s = await service.stats(REGULATOR_ALL, { groupBy: 'day', from: '2026-11-21', to: '2026-11-22' });
    expect(s.groups).toEqual([
      { key: '2026-11-21', count: 2, categories: { fraud: 1, discrimination: 2 } },
      { key: '2026-11-22', count: 2, categories: { discrimination: 2 } },
    ]);
    // a national regulator's days are Beijing days
    expect(s.tz).toBe('Asia/Shanghai');
    expect(s.from).toBe('2026-11-20T16:00:00.000Z');
    expect(s.to).toBe('2026-11-22T16:00:00.000Z');
  });

  it('counts and lists a case at 07:00 Beijing time on 27 November on the 27th, unless asked for UTC days', async () => {
    const store = new MemoryReviewStore();
    for (const c of CASES) store.put(c);
    store.put(
      makeCase({ caseId: 'cs-dawn', regionCode: '430100', city: '长沙', createdAt: '2026-11-26T23:00:00.000Z' }),
    );
    const svc = new ReviewService({ store, cursorSecret: SECRET, clock: () => new Date('2026-11-27T01:00:00.000Z') });
    const local = await svc.stats(REGULATOR_CHANGSHA, { groupBy: 'day', from: '2026-11-27', to: '2026-11-27' });
    expect(local.groups.map((g) => [g.key, g.count])).toEqual([['2026-11-27', 1]]);
    expect(ids((await svc.listCases(REGULATOR_CHANGSHA, { from: '2026-11-27' })).items)).toEqual(['cs-dawn']);
    const csv = await svc.exportCsv(REGULATOR_CHANGSHA, { from: '2026-11-27', to: '2026-11-27' });
    expect(csv.rows).toBe(1);
    expect(csv.day).toBe('2026-11-27');
    const utc = await svc.stats(REGULATOR_CHANGSHA, { groupBy: 'day', from: '2026-11-26', tz: 'UTC' });
    expect(utc).toMatchObject({ tz: 'UTC', from: '2026-11-26T00:00:00.000Z' });
    expect(utc.groups.map((g) => [g.key, g.count])).toEqual([['2026-11-26', 1]]);
    expect((await svc.listCases(REGULATOR_CHANGSHA, { from: '2026-11-27', tz: 'UTC' })).items).toEqual([]);
  });

  it('refuses an unknown zone, naming `tz`', async () => {
    const err = await service.stats(REGULATOR_ALL, { groupBy: 'day', tz: 'China/Beijing' }).catch((e) => e);
    expect(err).toBeInstanceOf(ReviewValidationError);
    expect(err.problems.map((p: { path: string }) => p.path)).toEqual(['tz']);
  });

  it('counts a two-category case in both category buckets', async () => {
    const s = await service.stats(REGULATOR_ALL, { groupBy: 'category' });
    expect(s.groups.map((g) => [g.key, g.count])).toEqual([
      ['discrimination', 5],
      ['fraud', 1],
      ['personal_data', 1],
    ]);
  });

  it('exports CSV with a BOM, the caller’s cases only, formulas escaped', async () => {
    const store = new MemoryReviewStore();
    for (const c of CASES) store.put({ ...c, title: c.caseId === 'cs-3' ? '=HYPERLINK("http://x")' : c.title });
    const svc = new ReviewService({ store, cursorSecret: SECRET });
    const { csv, rows } = await svc.exportCsv(REGULATOR_CHANGSHA, {});
    expect(rows).toBe(3);
    expect(csv.startsWith('\uFEFFcaseId,status,maxSeverity')).toBe(true);
    expect(csv).not.toContain('sz-');
    expect(csv).toContain('文员 cs-1');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.trim().split('\n')).toHaveLength(4);
  });
});
