/** The review routes through the real router: status codes, JSON errors, CSV headers, role checks. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiHandler } from '#functions/api/app.ts';
import type { ApiDeps } from '#functions/api/deps.ts';
import { ROUTES } from '#functions/api/routes/index.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';
import { CASES, PLATFORM_A, REGULATOR_ALL, REGULATOR_CHANGSHA } from '#test/review/fixtures.ts';

const TOKENS: Record<string, Principal> = {
  rw_test_national: REGULATOR_ALL,
  rw_test_changsha: REGULATOR_CHANGSHA,
  rw_test_platform: PLATFORM_A,
};

const unused = () => {
  throw new Error('not used by review routes');
};

let app: ReturnType<typeof createApiHandler>;

beforeEach(() => {
  const store = new MemoryReviewStore();
  for (const c of CASES) store.put(c);
  const deps: ApiDeps = {
    ingestor: { ingest: unused } as unknown as ApiDeps['ingestor'],
    results: { getResult: unused, putResult: unused },
    engine: { screen: unused },
    review: new ReviewService({ store, cursorSecret: 'routes-test-secret-0123456789' }),
  };
  app = createApiHandler(deps, { resolve: async (t) => TOKENS[t] }, { error: () => {} }, ROUTES);
});

function event(method: string, path: string, token?: string, body?: unknown, query?: Record<string, string>) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    queryStringParameters: query,
    requestContext: { http: { method, path }, requestId: 'req-1' },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

const bodyOf = (r: { body?: string }) => JSON.parse(r.body ?? 'null');

describe('review routes', () => {
  it('lists cases for a regulator and refuses platforms and anonymous callers', async () => {
    const ok = await app(event('GET', '/v1/cases', 'rw_test_changsha'));
    expect(ok.statusCode).toBe(200);
    expect(bodyOf(ok).items.map((c: { caseId: string }) => c.caseId)).toEqual(['cs-2', 'cs-1', 'cs-3']);
    expect((await app(event('GET', '/v1/cases', 'rw_test_platform'))).statusCode).toBe(403);
    expect((await app(event('GET', '/v1/stats', 'rw_test_platform'))).statusCode).toBe(403);
    expect((await app(event('GET', '/v1/cases/export.csv', 'rw_test_platform'))).statusCode).toBe(403);
    expect((await app(event('GET', '/v1/cases'))).statusCode).toBe(401);
  });

  it('answers 404 for a case outside the scope, the same as for a missing one', async () => {
    const a = await app(event('GET', '/v1/cases/sz-1', 'rw_test_changsha'));
    const b = await app(event('GET', '/v1/cases/nope', 'rw_test_changsha'));
    expect(a.statusCode).toBe(404);
    expect(bodyOf(a).error).toEqual(bodyOf(b).error);
  });

  it('records a decision, then answers 409 to a stale version and 400 to a missing reason', async () => {
    const path = '/v1/cases/cs-1/decisions';
    const ok = await app(
      event('POST', path, 'rw_test_changsha', { decision: 'confirm', reason: '限男性', expectedVersion: 1 }),
    );
    expect(ok.statusCode).toBe(200);
    expect(bodyOf(ok).audit).toHaveLength(1);
    const stale = await app(
      event('POST', path, 'rw_test_changsha', { decision: 'dismiss', reason: '晚了', expectedVersion: 1 }),
    );
    expect(stale.statusCode).toBe(409);
    expect(bodyOf(stale).error).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
    const noReason = await app(event('POST', path, 'rw_test_changsha', { decision: 'dismiss', expectedVersion: 2 }));
    expect(noReason.statusCode).toBe(400);
    expect(bodyOf(noReason).error.details.errors[0].path).toBe('reason');
    const badJson = await app({ ...event('POST', path, 'rw_test_changsha'), body: '{' } as APIGatewayProxyEventV2);
    expect(badJson.statusCode).toBe(400);
  });

  it('offers no route that edits or deletes an audit entry', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const r = await app(event(method, '/v1/cases/cs-1/decisions', 'rw_test_national'));
      expect(r.statusCode).toBe(405);
    }
    expect((await app(event('DELETE', '/v1/cases/cs-1', 'rw_test_national'))).statusCode).toBe(405);
  });

  it('exports CSV with a BOM and attachment headers, scoped', async () => {
    const r = await app(event('GET', '/v1/cases/export.csv', 'rw_test_changsha', undefined, { status: 'open' }));
    expect(r.statusCode).toBe(200);
    expect(r.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers?.['content-disposition']).toMatch(/^attachment; filename="recruitwatch-cases-/);
    expect(r.body?.charCodeAt(0)).toBe(0xfeff);
    expect(r.body).not.toContain('sz-');
    expect(r.headers?.['x-row-count']).toBe('3');
  });

  it('returns stats and rejects an unknown grouping', async () => {
    const r = await app(event('GET', '/v1/stats', 'rw_test_national', undefined, { groupBy: 'platform' }));
    expect(bodyOf(r)).toMatchObject({ groupBy: 'platform', total: 6 });
    const bad = await app(event('GET', '/v1/stats', 'rw_test_national', undefined, { groupBy: 'employee' }));
    expect(bad.statusCode).toBe(400);
  });

  it('answers 400 naming `tz` for a zone that is not an IANA name, on stats, the queue and the export', async () => {
    for (const path of ['/v1/stats', '/v1/cases', '/v1/cases/export.csv']) {
      const r = await app(event('GET', path, 'rw_test_changsha', undefined, { tz: 'Beijing', from: '2026-11-20' }));
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain('tz');
      expect(r.body).toContain('IANA');
    }
    const ok = await app(event('GET', '/v1/stats', 'rw_test_changsha', undefined, { tz: 'Asia/Shanghai' }));
    expect(bodyOf(ok)).toMatchObject({ tz: 'Asia/Shanghai', total: 3 });
  });

  it('tells the console who is signed in', async () => {
    const r = await app(event('GET', '/v1/review/me', 'rw_test_changsha'));
    expect(bodyOf(r)).toEqual({ subject: 'reg-changsha', regions: ['430100'] });
  });
});
