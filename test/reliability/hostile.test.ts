/**
 * Hostile input: a corpus of bad requests and ads sent over HTTP to the local stack. Every one gets a
 * clear 4xx JSON error (or, for a bad ad inside a valid feed, a validation error in the feed response)
 * within a time bound; the server never goes down; valid ads sent beside bad ones are accepted and
 * stored. Prints the figures for docs/reliability.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import { startTestStack, TOKENS, waitForDrain, waitForResults } from '#test/helpers/local-stack.ts';
import { cleanAd } from '#test/reliability/ads.ts';

const TIME_BOUND_MS = 5_000;
const good = (adId: string) => cleanAd('demo-platform-a', adId, '430104', '长沙');

interface Probe {
  name: string;
  method?: string;
  path?: string;
  token?: string | null;
  contentType?: string;
  body?: string | Buffer;
  /** 'error': a 4xx JSON error; otherwise 202 with these counts, each rejected entry naming its errors. */
  want: 'error' | { accepted: number; rejected: number };
}

const probes: Probe[] = [];
const REJECTED = { accepted: 0, rejected: 1 } as const;
const feed = (name: string, body: string | Buffer, want: Probe['want'] = 'error', contentType = 'application/json') =>
  probes.push({ name, body, want, contentType });
const ad = (name: string, value: unknown, want: Probe['want'] = REJECTED) =>
  probes.push({ name, body: JSON.stringify([value]), want, contentType: 'application/json' });

// 1. bodies that are not JSON at all
for (const [i, b] of [
  '',
  '{',
  '[',
  '[{]',
  '{"ads": [}',
  'null,',
  'undefined',
  "{'single': 'quotes'}",
  '[1,2,,3]',
  '{"a":1}{"b":2}',
  '\u0000\u0001\u0002',
  '<xml>feed</xml>',
  'NaN',
  '[Infinity]',
  '0x1F',
  '"unterminated',
  '{"ads": [1, 2]',
  '\uFEFF\uFEFF[',
  '}{',
  '[{"platform": "demo-platform-a",}]',
].entries())
  feed(`invalid JSON #${i}`, b);
// 2. JSON of the wrong shape
for (const [i, b] of [
  '42',
  '"a string"',
  'true',
  'null',
  '{}',
  '{"ads": "x"}',
  '{"ads": 3}',
  '[]',
  '{"ads": []}',
  '{"feed": [1]}',
].entries())
  feed(`wrong shape #${i}`, b);
// 3. size limits
feed('10 MB body', JSON.stringify([{ ...good('big'), description: 'x'.repeat(10 * 1024 * 1024) }]));
feed('1,001 ads', JSON.stringify(Array.from({ length: 1001 }, (_, i) => good(`n${i}`))));
// 4. deeply nested JSON
feed('100,000-deep array', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, REJECTED);
// an unknown nested field is ignored with a warning: the ad itself is valid
feed(
  'deeply nested unknown field',
  JSON.stringify([{ ...good('deep'), employer: JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`) }]),
  { accepted: 1, rejected: 0 },
);
feed(
  'deeply nested wrong type',
  `[${JSON.stringify(good('deep2')).slice(0, -1)},"title":${'['.repeat(5000)}${']'.repeat(5000)}}]`,
  REJECTED,
);
// 5. NDJSON that is broken
feed(
  'NDJSON with a broken line',
  `${JSON.stringify(good('nd1'))}\n{oops\n`,
  { accepted: 1, rejected: 1 },
  'application/x-ndjson',
);
feed('NDJSON of numbers', '1\n2\n3\n', { accepted: 0, rejected: 3 }, 'application/x-ndjson');
feed(
  'NDJSON with a 1 MB line of braces',
  `${'{'.repeat(1_000_000)}\n`,
  { accepted: 0, rejected: 1 },
  'application/x-ndjson',
);
// 6. ads with wrong types or missing fields: each field, several bad values
const FIELDS = [
  'platform',
  'adId',
  'title',
  'description',
  'requirements',
  'benefits',
  'employer',
  'location',
  'salary',
  'contact',
  'employmentType',
  'headcount',
  'postedAt',
  'validThrough',
  'url',
  'language',
];
const OBJECT_FIELDS = new Set(['employer', 'location', 'salary', 'contact']);
for (const f of FIELDS)
  for (const bad of [12345, true, [1], null, {}, -1, '']) {
    const validHere =
      (f === 'headcount' && bad === 12345) ||
      (OBJECT_FIELDS.has(f) && typeof bad === 'object' && bad !== null && !Array.isArray(bad)) ||
      (bad === '' && ['requirements', 'benefits', 'employmentType', 'url'].includes(f));
    if (!validHere) ad(`${f} = ${JSON.stringify(bad)}`, { ...good(`t-${f}`), [f]: bad });
  }
// the platform comes from the caller's credentials, so an ad without one is taken as the caller's
ad('missing platform', (({ platform: _p, ...rest }) => rest)(good('m-platform')), { accepted: 1, rejected: 0 });
for (const f of ['adId', 'title', 'description']) {
  const a: Record<string, unknown> = { ...good(`m-${f}`) };
  delete a[f];
  ad(`missing ${f}`, a);
}
for (const [k, v] of [
  ['salary', { min: 'lots' }],
  ['salary', { period: 'fortnight' }],

  ['salary', { min: -5 }],
  ['headcount', 1e21],
  ['headcount', 2.5],
  ['location', { country: 'China' }],
  ['location', { regionCode: '../../etc' }],
  ['postedAt', 'yesterday'],
  ['language', 'klingon'],
  ['contact', { phone: 12345678901 }],
  ['employer', { name: ['a'] }],
] as const)
  ad(`bad ${k} ${JSON.stringify(v)}`, { ...good(`b-${k}`), [k]: v });
// a number too large for a double arrives as Infinity
feed('salary 1e400', `[${JSON.stringify(good('huge')).slice(0, -1)},"salary":{"min":1e400}}]`, REJECTED);
// 7. ids with path characters and other hostile ids
for (const id of [
  '../etc/passwd',
  'a/b',
  '%2e%2e%2f',
  'a\\b',
  'a b',
  '',
  'x'.repeat(300),
  'id\u0000',
  'id\n',
  '<script>',
  'a?b=c',
  'CASE#1',
])
  ad(`adId ${JSON.stringify(id).slice(0, 40)}`, { ...good('x'), adId: id });
// 8. prototype pollution and control characters
feed('__proto__ ad', `[{"__proto__": {"polluted": true}, "platform": "demo-platform-a"}]`, REJECTED);
feed('constructor ad', `[{"constructor": {"prototype": {"polluted": true}}, "adId": "c1"}]`, REJECTED);
ad('control characters in title', { ...good('cc'), title: '\u0000\u0007\u001b[31m', description: '' });
// 9. lone surrogates and GBK bytes sent as UTF-8
feed('lone surrogate ad', `[{"platform":"demo-platform-a","adId":"s1","title":"\\ud800","description":""}]`, REJECTED);
feed(
  'GBK bytes as UTF-8',
  Buffer.concat([
    Buffer.from('[{"platform":"demo-platform-a","adId":"g1","title":"'),
    Buffer.from([0xd5, 0xd0, 0xc6, 0xb8]),
    Buffer.from('"}]'),
  ]),
  REJECTED,
);
// 10. pathological text for the screening regexes: valid ads (under the 256 KB queue-message cap),
// accepted and screened within the per-ad budget
const fit = (t: string) => {
  const bytes = Buffer.byteLength(JSON.stringify(t));
  return bytes <= 200_000 ? t : t.slice(0, Math.floor((t.length * 200_000) / bytes));
};
const PATHOLOGICAL = [
  '限'.repeat(200_000),
  '限 '.repeat(200_000),
  '1 '.repeat(200_000),
  '1'.repeat(400_000),
  '('.repeat(300_000),
  '个(gè)'.repeat(50_000),
  'a'.repeat(1_000_000),
  'a '.repeat(300_000),
  '岁以下'.repeat(100_000),
  '\u200b'.repeat(300_000),
  '男'.repeat(300_000),
  '@'.repeat(300_000),
  'x@'.repeat(200_000),
  '4301021990030712'.repeat(20_000),
  'young '.repeat(100_000),
  '薇信'.repeat(150_000),
  '押金'.repeat(150_000),
  '\n'.repeat(500_000),
  '，'.repeat(500_000),
  'www.'.repeat(200_000),
].map(fit);
PATHOLOGICAL.forEach((description, i) => {
  ad(`pathological text #${i}`, { ...good(`path-${i}`), description }, { accepted: 1, rejected: 0 });
});
// 11. wrong routes, methods, credentials and content types
probes.push({ name: 'unknown route', path: '/v1/nope', method: 'GET', want: 'error' });
probes.push({ name: 'wrong method on feeds', path: '/v1/feeds', method: 'DELETE', want: 'error' });
probes.push({ name: 'path traversal route', path: '/v1/ads/..%2F..%2Fetc/result', method: 'GET', want: 'error' });
probes.push({ name: 'no token', token: null, body: JSON.stringify([good('nt')]), want: 'error' });
probes.push({ name: 'malformed Authorization', token: 'Basic abc', body: JSON.stringify([good('ma')]), want: 'error' });
probes.push({
  name: 'regulator posting a feed',
  token: TOKENS.regulator,
  body: JSON.stringify([good('rg')]),
  want: 'error',
});
probes.push({ name: 'text/plain body', contentType: 'text/plain', body: 'hello', want: 'error' });
probes.push({ name: 'check with no body', path: '/v1/check', body: '', want: 'error' });
probes.push({ name: 'check with an array', path: '/v1/check', body: '[]', want: 'error' });
probes.push({ name: 'check with a bad ad', path: '/v1/check', body: '{"adId": 5}', want: 'error' });
probes.push({
  name: 'decision with no reason',
  path: '/v1/cases/x/decisions',
  token: TOKENS.regulator,
  body: '{"decision":"confirm"}',
  want: 'error',
});
probes.push({
  name: 'stats with a bad groupBy',
  path: '/v1/stats?groupBy=planet',
  method: 'GET',
  token: TOKENS.regulator,
  want: 'error',
});
probes.push({
  name: 'cases with a bad limit',
  path: '/v1/cases?limit=-1',
  method: 'GET',
  token: TOKENS.regulator,
  want: 'error',
});
probes.push({
  name: 'cases with a garbage cursor',
  path: '/v1/cases?cursor=%00%FF',
  method: 'GET',
  token: TOKENS.regulator,
  want: 'error',
});

let stack: LocalStack;
const timings: number[] = [];

beforeAll(async () => {
  stack = await startTestStack();
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  timings.sort((a, b) => a - b);
  const q = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] ?? 0;
  console.log(
    `[reliability] hostile input: ${probes.length} probes, p50 ${q(0.5).toFixed(0)} ms, p99 ${q(0.99).toFixed(0)} ms, max ${q(1).toFixed(0)} ms`,
  );
});

async function send(p: Probe): Promise<{ status: number; body: unknown; ms: number }> {
  const token = p.token === undefined ? TOKENS.platformA : p.token;
  const headers: Record<string, string> = { 'content-type': p.contentType ?? 'application/json' };
  if (token) headers.authorization = token.startsWith('Basic') ? token : `Bearer ${token}`;
  const method = p.method ?? 'POST';
  const t0 = performance.now();
  const res = await fetch(`${stack.url}${p.path ?? '/v1/feeds'}`, {
    method,
    headers,
    ...(method === 'GET' || method === 'DELETE'
      ? {}
      : { body: typeof p.body === 'string' || p.body === undefined ? (p.body ?? '') : new Uint8Array(p.body) }),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text: the assertion below reports it
  }
  return { status: res.status, body, ms };
}

describe('hostile input', () => {
  it('has a corpus of at least 200 probes', () => {
    expect(probes.length).toBeGreaterThanOrEqual(200);
  });

  it('answers every probe with a clear 4xx JSON error or a per-ad validation error, in time', async () => {
    const wrong: string[] = [];
    for (const p of probes) {
      const r = await send(p);
      timings.push(r.ms);
      const body = r.body as { error?: unknown; accepted?: number; rejected?: { errors: unknown[] }[] };
      const want = p.want;
      const ok =
        want === 'error'
          ? r.status >= 400 && r.status < 500 && typeof body === 'object' && body !== null && 'error' in body
          : r.status === 202 &&
            body.accepted === want.accepted &&
            (body.rejected?.length ?? 0) === want.rejected &&
            (body.rejected ?? []).every((x) => x.errors.length > 0);
      if (!ok || r.ms > TIME_BOUND_MS)
        wrong.push(`${p.name}: ${r.status} in ${r.ms.toFixed(0)} ms ${JSON.stringify(r.body).slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);

  it('is still up, and accepts and stores the valid ads sent beside bad ones', async () => {
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
    // their own phone: probes above send the same phone with hostile employer fields, and one
    // number behind several employers is a cross-ad signal that would rightly flag these ads too
    const mix = (adId: string) => ({ ...good(adId), contact: { name: '人事部', phone: '0731-85550001' } });
    const mixed = [
      mix('mix-1'),
      { adId: 'mix-bad', title: 5 },
      mix('mix-2'),
      'not an ad',
      { ...mix('mix-3'), description: '限男性，入职交押金500元' },
    ];
    const r = await send({ name: 'mixed', body: JSON.stringify(mixed), want: { accepted: 3, rejected: 2 } });
    expect(r.status).toBe(202);
    const body = r.body as { accepted: number; rejected: { index: number }[] };
    expect(body.accepted).toBe(3);
    expect(body.rejected.map((x) => x.index).sort()).toEqual([1, 3]);
    await waitForDrain(stack);
    const results = await waitForResults(stack, TOKENS.platformA, ['mix-1', 'mix-2', 'mix-3']);
    // the pathological ads were screened too (each within the engine's per-ad time budget)
    const screened = await waitForResults(
      stack,
      TOKENS.platformA,
      PATHOLOGICAL.map((_, i) => `path-${i}`),
      new Map(),
      60_000,
    );
    expect(screened.size).toBe(PATHOLOGICAL.length);
    expect(results.get('mix-3')?.flagged).toBe(true);
    expect(results.get('mix-1')?.flagged).toBe(false);
  }, 60_000);
});
