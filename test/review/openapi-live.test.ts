/**
 * Live responses against docs/openapi.json: the local stack (dynalite + fauxqs + the real functions) screens
 * the browser test's feed, then every documented operation is called and each JSON answer is validated
 * against the schema the document gives for that path, method and status (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses). Every operation's success status is exercised at least once.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import { PLATFORM_A_ADS, PLATFORM_B_ADS } from '#test/browser/feed.ts';
import { api, E2E_TEST_MS, postFeed, startTestStack, TOKENS, waitForResults } from '#test/helpers/local-stack.ts';

interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, { $ref?: string; content?: object }> }>>;
}
const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(doc, 'openapi');

const pointer = (parts: readonly string[]) =>
  `#/${parts.map((s) => encodeURIComponent(s.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;

/** The pointer to the JSON schema of one documented answer, following a `$ref` to components/responses. */
function schemaPointer(method: string, path: string, status: number): string {
  const response = doc.paths[path]?.[method.toLowerCase()]?.responses[String(status)];
  if (!response) throw new Error(`${method} ${path} does not document ${status}`);
  const base = response.$ref
    ? response.$ref.slice(2).split('/')
    : ['paths', path, method.toLowerCase(), 'responses', String(status)];
  return pointer([...base, 'content', 'application/json', 'schema']);
}

const exercised = new Set<string>();

/** Calls the API and checks the answer's status and its body against the documented schema. */
async function call(
  method: string,
  template: string,
  url: string,
  token: string | undefined,
  status: number,
  body?: unknown,
): Promise<unknown> {
  const r = await api(stack, method, url, token, body);
  expect(r.status, `${method} ${url}: ${JSON.stringify(r.body)}`).toBe(status);
  const validate = ajv.getSchema(`openapi${schemaPointer(method, template, status)}`);
  if (!validate) throw new Error(`no schema for ${method} ${template} ${status}`);
  const ok = validate(r.body);
  expect(ok ? [] : validate.errors, `${method} ${url} → ${status}`).toEqual([]);
  exercised.add(`${method} ${template} ${status}`);
  return r.body;
}

/** The body as sent, byte-order mark kept (Response.text() drops it). */
const csvText = async (r: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());

let stack: LocalStack;
const caseOf = new Map<string, string>();

beforeAll(async () => {
  stack = await startTestStack();
  await postFeed(stack, TOKENS.platformA, PLATFORM_A_ADS);
  await postFeed(stack, TOKENS.platformB, PLATFORM_B_ADS);
  const results = [
    ...(await waitForResults(
      stack,
      TOKENS.platformA,
      PLATFORM_A_ADS.map((a) => a.adId),
    )),
    ...(await waitForResults(
      stack,
      TOKENS.platformB,
      PLATFORM_B_ADS.map((a) => a.adId),
    )),
  ];
  for (const [adId, r] of results) if (r.caseId) caseOf.set(adId, r.caseId);
}, E2E_TEST_MS);

afterAll(async () => {
  await stack?.stop();
});

describe('live answers match docs/openapi.json', () => {
  it('the validator rejects an answer that breaks the schema', () => {
    const validate = ajv.getSchema(`openapi${schemaPointer('GET', '/v1/cases', 200)}`);
    expect(validate?.({ items: [{ caseId: 'x' }], nextCursor: null })).toBe(false);
    expect(validate?.({ items: [], nextCursor: null })).toBe(true);
  });

  it('platform routes', { timeout: E2E_TEST_MS }, async () => {
    const ad = PLATFORM_A_ADS[0];
    await call('POST', '/v1/feeds', '/v1/feeds', TOKENS.platformA, 202, [{ ...ad, adId: 'live-1' }, { adId: 'x' }]);
    await call('POST', '/v1/feeds', '/v1/feeds', TOKENS.platformA, 400, '{');
    await call('POST', '/v1/feeds', '/v1/feeds', undefined, 401, []);
    await call('POST', '/v1/check', '/v1/check', TOKENS.platformA, 200, ad);
    const id = encodeURIComponent(ad?.adId ?? '');
    await call('GET', '/v1/ads/{adId}/result', `/v1/ads/${id}/result`, TOKENS.platformA, 200);
    await call('GET', '/v1/ads/{adId}/result', '/v1/ads/nope/result', TOKENS.platformA, 404);
    await call('GET', '/v1/ads/{adId}/result', `/v1/ads/${id}/result`, TOKENS.regulator, 403);
  });

  it('review routes', { timeout: E2E_TEST_MS }, async () => {
    await call('GET', '/v1/review/me', '/v1/review/me', TOKENS.changsha, 200);
    await call('GET', '/v1/review/me', '/v1/review/me', TOKENS.platformA, 403);
    await call('GET', '/v1/review/me', '/v1/review/me', undefined, 401);

    const page = (await call('GET', '/v1/cases', '/v1/cases?limit=2', TOKENS.regulator, 200)) as {
      nextCursor: string | null;
    };
    expect(page.nextCursor).toEqual(expect.any(String));
    await call(
      'GET',
      '/v1/cases',
      `/v1/cases?limit=2&cursor=${encodeURIComponent(page.nextCursor ?? '')}`,
      TOKENS.regulator,
      200,
    );
    await call('GET', '/v1/cases', '/v1/cases?severity=extreme', TOKENS.regulator, 400);

    const caseId = encodeURIComponent(caseOf.get('ui-cs-front') ?? '');
    const detail = (await call('GET', '/v1/cases/{caseId}', `/v1/cases/${caseId}`, TOKENS.changsha, 200)) as {
      version: number;
    };
    const suzhou = encodeURIComponent(caseOf.get('ui-sz-operator') ?? '');
    await call('GET', '/v1/cases/{caseId}', `/v1/cases/${suzhou}`, TOKENS.changsha, 404);

    const decide = '/v1/cases/{caseId}/decisions';
    const url = `/v1/cases/${caseId}/decisions`;
    const bad = (await call('POST', decide, url, TOKENS.changsha, 400, {
      decision: 'confirm',
      reason: '违',
      expectedVersion: detail.version,
    })) as { error: { message: string } };
    expect(bad.error.message).toMatch(/^reason: too short/);
    const body = { decision: 'confirm', reason: '限定女性、未婚', expectedVersion: detail.version };
    await call('POST', decide, url, TOKENS.changsha, 200, body);
    await call('POST', decide, url, TOKENS.changsha, 409, body);

    for (const groupBy of ['day', 'category', 'region', 'city', 'platform', 'status', 'severity']) {
      await call('GET', '/v1/stats', `/v1/stats?groupBy=${groupBy}`, TOKENS.changsha, 200);
    }
    await call('GET', '/v1/stats', '/v1/stats?groupBy=employee', TOKENS.changsha, 400);
    // days are the caller's local days: the buckets are the cases' creation days in that zone
    const listed = (await call('GET', '/v1/cases', '/v1/cases?limit=200', TOKENS.changsha, 200)) as {
      items: { createdAt: string }[];
    };
    for (const tz of ['Asia/Shanghai', 'UTC', 'America/Los_Angeles']) {
      const dayOf = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(iso));
      const want = new Map<string, number>();
      for (const c of listed.items) want.set(dayOf(c.createdAt), (want.get(dayOf(c.createdAt)) ?? 0) + 1);
      const first = [...want.keys()].sort()[0];
      const url = `/v1/stats?groupBy=day&from=${first}&tz=${encodeURIComponent(tz)}`;
      const days = (await call('GET', '/v1/stats', url, TOKENS.changsha, 200)) as {
        tz: string;
        groups: { key: string; count: number }[];
      };
      expect(days.tz).toBe(tz);
      expect(days.groups.map((g) => [g.key, g.count])).toEqual([...want.entries()].sort());
    }
    const badZone = (await call('GET', '/v1/stats', '/v1/stats?tz=Beijing', TOKENS.changsha, 400)) as {
      error: { details?: unknown };
    };
    expect(JSON.stringify(badZone.error)).toContain('tz');
    await call('GET', '/v1/cases', '/v1/cases?tz=Beijing', TOKENS.changsha, 400);

    const csv = await fetch(`${stack.url}/v1/cases/export.csv`, {
      headers: { authorization: `Bearer ${TOKENS.changsha}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Number(csv.headers.get('x-row-count'))).toBeGreaterThan(0);
    expect(csv.headers.get('x-truncated')).toBe('false');
    expect((await csvText(csv)).split('\n')[0]).toBe(
      '\ufeffcaseId,status,maxSeverity,categories,rules,platform,adId,title,employerName,creditCode,regionCode,country,version,createdAt,updatedAt',
    );
    exercised.add('GET /v1/cases/export.csv 200');
    const zh = await fetch(`${stack.url}/v1/cases/export.csv?lang=zh`, {
      headers: { authorization: `Bearer ${TOKENS.changsha}` },
    });
    const zhText = await csvText(zh);
    expect(zhText.startsWith('\ufeff案件编号,状态,严重程度,问题类别,')).toBe(true);
    expect(zhText).toContain('已确认违法');
    await call('GET', '/v1/cases/export.csv', '/v1/cases/export.csv?lang=fr', TOKENS.changsha, 400);
    await call('GET', '/v1/cases/export.csv', '/v1/cases/export.csv?from=2026-02-30', TOKENS.changsha, 400);
  });

  it('exercised every documented operation with its success status', () => {
    const expected = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const ok = Object.keys(op.responses).find((s) => s.startsWith('2'));
        return `${method.toUpperCase()} ${path} ${ok}`;
      }),
    );
    for (const key of expected) expect(exercised, key).toContain(key);
  });
});
