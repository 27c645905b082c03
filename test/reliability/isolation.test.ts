/**
 * Tenant isolation: every route × every role over HTTP against the local stack — no token, a bad
 * token, platform A, platform B, the national regulator and the Changsha regulator (region 430100).
 * Includes guessed case ids, cursors taken from a wider scope, stats and the CSV export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import {
  api,
  listCases,
  postFeed,
  startTestStack,
  TOKENS,
  waitForDrain,
  waitForResults,
} from '#test/helpers/local-stack.ts';
import { violatingAd } from '#test/reliability/ads.ts';

const ROLES = {
  none: undefined,
  bad: 'rw_not_a_real_token',
  platformA: TOKENS.platformA,
  platformB: TOKENS.platformB,
  national: TOKENS.regulator,
  changsha: TOKENS.changsha,
} as const;
type Role = keyof typeof ROLES;

let stack: LocalStack;
let changshaCase = '';
let suzhouCase = '';

beforeAll(async () => {
  stack = await startTestStack();
  await postFeed(stack, TOKENS.platformA, [
    violatingAd('demo-platform-a', 'iso-cs-1', '430104', '长沙'),
    violatingAd('demo-platform-a', 'iso-sz-1', '320505', '苏州'),
  ]);
  await postFeed(stack, TOKENS.platformB, [violatingAd('demo-platform-b', 'iso-cs-b', '430102', '长沙')]);
  await waitForDrain(stack);
  await waitForResults(stack, TOKENS.platformA, ['iso-cs-1', 'iso-sz-1']);
  const all = await listCases(stack, TOKENS.regulator);
  changshaCase = all.find((c) => c.adId === 'iso-cs-1')?.caseId ?? '';
  suzhouCase = all.find((c) => c.adId === 'iso-sz-1')?.caseId ?? '';
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

/** ok 2xx; unauth 401; deny 403/404 (or 409 for a decision on a case the caller cannot see); reject any 4xx but 401. */
type Expect = 'ok' | 'deny' | 'unauth' | 'reject';
interface RouteCase {
  name: string;
  method: string;
  path: () => string;
  body?: () => unknown;
  expect: Record<Role, Expect>;
}

const platformOnly = (a: Expect, b: Expect): Record<Role, Expect> => ({
  none: 'unauth',
  bad: 'unauth',
  platformA: a,
  platformB: b,
  national: 'deny',
  changsha: 'deny',
});
const regulatorOnly = (national: Expect, changsha: Expect): Record<Role, Expect> => ({
  none: 'unauth',
  bad: 'unauth',
  platformA: 'deny',
  platformB: 'deny',
  national,
  changsha,
});

const ROUTES: RouteCase[] = [
  {
    name: 'POST /v1/check',
    method: 'POST',
    path: () => '/v1/check',
    body: () => ({ platform: 'demo-platform-a', adId: 'chk', title: '文员', description: '负责文件整理' }),
    // platform B checking an ad in A's name: refused as a bad request naming the platform
    expect: platformOnly('ok', 'reject'),
  },
  {
    name: "GET platform A's ad result",
    method: 'GET',
    path: () => '/v1/ads/iso-cs-1/result',
    expect: platformOnly('ok', 'deny'),
  },
  { name: 'GET /v1/cases', method: 'GET', path: () => '/v1/cases', expect: regulatorOnly('ok', 'ok') },
  {
    name: 'GET a Changsha case',
    method: 'GET',
    path: () => `/v1/cases/${changshaCase}`,
    expect: regulatorOnly('ok', 'ok'),
  },
  {
    name: 'GET a Suzhou case',
    method: 'GET',
    path: () => `/v1/cases/${suzhouCase}`,
    expect: regulatorOnly('ok', 'deny'),
  },
  {
    name: 'GET a guessed case id',
    method: 'GET',
    path: () => `/v1/cases/${suzhouCase.slice(0, -2)}zz`,
    expect: regulatorOnly('deny', 'deny'),
  },
  {
    name: 'decide on a Suzhou case',
    method: 'POST',
    path: () => `/v1/cases/${suzhouCase}/decisions`,
    body: () => ({ decision: 'dismiss', reason: 'isolation probe', expectedVersion: 999 }),
    expect: { ...regulatorOnly('deny', 'deny') },
  },
  { name: 'GET /v1/stats', method: 'GET', path: () => '/v1/stats?groupBy=region', expect: regulatorOnly('ok', 'ok') },
  {
    name: 'GET /v1/cases/export.csv',
    method: 'GET',
    path: () => '/v1/cases/export.csv',
    expect: regulatorOnly('ok', 'ok'),
  },
];

function matches(status: number, want: Expect): boolean {
  if (want === 'ok') return status >= 200 && status < 300;
  if (want === 'unauth') return status === 401;
  if (want === 'reject') return status >= 400 && status < 500 && status !== 401;
  return status === 403 || status === 404 || status === 409;
}

describe('tenant isolation: route × role', () => {
  it('found the cases the matrix needs', () => {
    expect(changshaCase).not.toBe('');
    expect(suzhouCase).not.toBe('');
  });

  for (const route of ROUTES) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const want = route.expect[role];
      it(`${route.name} as ${role} → ${want}`, async () => {
        const r = await api(stack, route.method, route.path(), ROLES[role], route.body?.());
        expect({ status: r.status, ok: matches(r.status, want) }).toEqual({ status: r.status, ok: true });
        if (want !== 'ok') expect(typeof r.body === 'object' && r.body !== null && 'error' in r.body).toBe(true);
      });
    }
  }

  it('the Changsha queue lists exactly the Changsha cases of both platforms', async () => {
    const r = await api<{ items: { adId: string; regionCode: string }[] }>(
      stack,
      'GET',
      '/v1/cases?limit=200',
      TOKENS.changsha,
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => i.adId).sort()).toEqual(['iso-cs-1', 'iso-cs-b']);
    expect(r.body.items.every((i) => i.regionCode.startsWith('4301'))).toBe(true);
  });

  it("Changsha's stats and export hold only Changsha", async () => {
    const national = await api<unknown>(stack, 'GET', '/v1/stats?groupBy=region', TOKENS.regulator);
    const local = await api<unknown>(stack, 'GET', '/v1/stats?groupBy=region', TOKENS.changsha);
    expect(JSON.stringify(national.body)).toContain('320505');
    expect(JSON.stringify(local.body)).not.toContain('3205');
    const csv = await api<string>(stack, 'GET', '/v1/cases/export.csv', TOKENS.changsha);
    expect(String(csv.body)).toContain('iso-cs-1');
    expect(String(csv.body)).not.toContain('iso-sz-1');
  });

  it('a cursor issued to the national regulator gives Changsha nothing outside its scope', async () => {
    const page = await api<{ items: unknown[]; nextCursor: string | null }>(
      stack,
      'GET',
      '/v1/cases?limit=1',
      TOKENS.regulator,
    );
    expect(page.body.nextCursor).toBeTruthy();
    const forged = await api<{ items?: { regionCode: string }[] }>(
      stack,
      'GET',
      `/v1/cases?limit=200&cursor=${encodeURIComponent(String(page.body.nextCursor))}`,
      TOKENS.changsha,
    );
    if (forged.status === 200)
      expect((forged.body.items ?? []).every((i) => i.regionCode.startsWith('4301'))).toBe(true);
    else expect(forged.status).toBe(400);
  });

  it("platform B cannot read platform A's ad, nor submit ads in A's name", async () => {
    const r = await api<{ rejected: unknown[]; accepted: number }>(stack, 'POST', '/v1/feeds', TOKENS.platformB, [
      violatingAd('demo-platform-a', 'iso-forged', '430104', '长沙'),
    ]);
    expect(r.status).toBe(202);
    expect(r.body.accepted).toBe(0);
    expect(r.body.rejected).toHaveLength(1);
  });
});
