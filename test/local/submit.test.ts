/** `recruitwatch submit` against a stub feed API on a free loopback port. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Io, main } from '#shared/cli/main.ts';
import { chunkRecords, type SubmitIo } from '#shared/cli/submit.ts';

interface Seen {
  auth: string | undefined;
  ads: { adId?: string }[];
}

let server: Server;
let endpoint: string;
let seen: Seen[] = [];
let failNext = 0;
const dir = mkdtempSync(join(tmpdir(), 'rw-submit-'));

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (req.headers.authorization !== 'Bearer rw_test_token_1') {
        res
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"error":{"code":"unauthorized","message":"missing or invalid credentials"}}');
        return;
      }
      if (failNext > 0) {
        failNext--;
        res
          .writeHead(503, { 'content-type': 'application/json' })
          .end('{"error":{"code":"unavailable","message":"busy"}}');
        return;
      }
      const ads = JSON.parse(body) as { adId?: string }[];
      // a whole request refused (non-fatal 4xx): which one is chosen by a marker ad in it
      const refusal = ads.some((a) => a.adId === 'refuse-413')
        ? [413, 'request body too large']
        : ads.some((a) => a.adId === 'refuse-400')
          ? [400, 'not a feed']
          : undefined;
      if (refusal) {
        res
          .writeHead(refusal[0] as number, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'refused', message: refusal[1] } }));
        return;
      }
      seen.push({ auth: req.headers.authorization, ads });
      const rejected = ads
        .map((ad, index) => ({ ad, index }))
        .filter(({ ad }) => ad.adId?.startsWith('bad'))
        .map(({ ad, index }) => ({ index, adId: ad.adId, errors: [{ path: 'title', message: 'required' }] }));
      res.writeHead(202, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          feedId: `f_${seen.length}`,
          accepted: ads.length - rejected.length,
          rejected,
          warnings: [],
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  seen = [];
  failNext = 0;
});

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _e, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function submit(lines: string[], extra: string[] = [], env: Record<string, string> = {}) {
  return submitText(`${lines.join('\n')}\n`, extra, env);
}

async function submitText(text: string, extra: string[] = [], env: Record<string, string> = {}, tty = false) {
  const file = join(dir, `feed-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, text);
  const out = capture();
  const err = capture();
  // a terminal on stderr shows the progress bar (cli-progress draws it with escape codes into the stream)
  if (tty) Object.assign(err.stream, { isTTY: true, columns: 120 });
  // main() hands its Io to submit, which also reads `env` and `sleep` when present (no real waits here)
  const io: Io & SubmitIo = { stdout: out.stream, stderr: err.stream, readStdin: () => '', env, sleep: async () => {} };
  const code = await main(['submit', file, ...extra], io);
  return { code, out: out.text(), err: err.text() };
}

const ad = (adId: string) => JSON.stringify({ adId, title: 't', description: 'd' });

describe('recruitwatch submit', () => {
  it('sends 2,500 ads in chunks of at most 1,000 and maps rejections back to file lines', async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => ad(i === 1_700 ? 'bad-1' : `ad-${i}`));
    lines.splice(3, 0, '{not json');
    const r = await submit(lines, ['--endpoint', endpoint, '--token', 'rw_test_token_1']);
    expect(r.code).toBe(0);
    expect(seen.map((s) => s.ads.length)).toEqual([1_000, 1_000, 500]);
    expect(seen.flatMap((s) => s.ads)).toHaveLength(2_500);
    expect(r.out).toContain('2501 ads read, 2500 sent in 3 request(s): 2499 accepted, 2 rejected');
    expect(r.out).toContain('line 4: invalid JSON');
    expect(r.out).toContain('line 1702 (bad-1): title: required');
    expect(r.out + r.err).not.toContain('rw_test_token_1');
  });

  it('takes the token and endpoint from RW_TOKEN / RW_ENDPOINT and retries a 503', async () => {
    failNext = 2;
    const r = await submit([ad('a'), ad('b')], ['--json'], { RW_TOKEN: 'rw_test_token_1', RW_ENDPOINT: endpoint });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ sent: 2, accepted: 2, rejected: [], feeds: ['f_1'] });
  });

  it('stops with exit 1 on bad credentials, and 2 on a usage error', async () => {
    const bad = await submit([ad('a')], ['--endpoint', endpoint, '--token', 'rw_wrong_token']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('401 missing or invalid credentials');
    expect(seen).toHaveLength(0);
    const usage = await submit([ad('a')], ['--token', 'rw_test_token_1']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--endpoint');
  });

  it('reads one JSON array, numbering its elements as lines', async () => {
    const ads = Array.from({ length: 1_200 }, (_, i) => JSON.parse(ad(i === 1_100 ? 'bad-array' : `arr-${i}`)));
    const r = await submitText(JSON.stringify(ads), ['--endpoint', endpoint, '--token', 'rw_test_token_1', '--json']);
    expect(r.code).toBe(0);
    expect(seen.map((s) => s.ads.length)).toEqual([1_000, 200]);
    expect(seen.flatMap((s) => s.ads.map((a) => a.adId))).toEqual(ads.map((a) => a.adId));
    expect(JSON.parse(r.out)).toMatchObject({
      sent: 1_200,
      accepted: 1_199,
      rejected: [{ line: 1_101, adId: 'bad-array', reasons: ['title: required'] }],
    });
  });

  it('draws a progress bar on a terminal that ends at the number of valid ads', async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => ad(`p-${i}`));
    lines.splice(10, 0, '{not json');
    const r = await submitText(
      `${lines.join('\n')}\n`,
      ['--endpoint', endpoint, '--token', 'rw_test_token_1'],
      {},
      true,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('submitting [');
    expect(r.err).toContain('2500/2500 ads');
    expect(r.err).not.toContain('/2501');
    expect(r.out).toContain('2501 ads read, 2500 sent in 3 request(s): 2500 accepted, 1 rejected');
  });

  it('lists the lines of a refused request as rejected and prints every distinct failure', async () => {
    const lines = Array.from({ length: 3_500 }, (_, i) =>
      ad(i === 1_500 ? 'refuse-413' : i === 2_500 ? 'refuse-400' : `r-${i}`),
    );
    const r = await submit(lines, ['--endpoint', endpoint, '--token', 'rw_test_token_1', '--json']);
    expect(r.code).toBe(1);
    expect(seen.map((s) => s.ads.length)).toEqual([1_000, 500]);
    const summary = JSON.parse(r.out) as {
      sent: number;
      accepted: number;
      rejected: { line: number; reasons: string[] }[];
    };
    expect(summary).toMatchObject({ sent: 1_500, accepted: 1_500 });
    expect(summary.rejected).toHaveLength(2_000);
    expect(summary.rejected.map((x) => x.line)).toEqual(Array.from({ length: 2_000 }, (_, i) => 1_001 + i));
    expect(summary.rejected[0]?.reasons).toEqual(['request failed: 413 request body too large']);
    expect(summary.rejected[1_999]?.reasons).toEqual(['request failed: 400 not a feed']);
    expect(r.err).toContain('submit failed: 413 request body too large');
    expect(r.err).toContain('submit failed: 400 not a feed');
  });

  it('prints its usage and exits 0 on --help, as scan does', async () => {
    for (const command of ['submit', 'scan', 'rules']) {
      const out = capture();
      const err = capture();
      const code = await main([command, '--help'], { stdout: out.stream, stderr: err.stream, readStdin: () => '' });
      expect(code, command).toBe(0);
      expect(out.text(), command).toContain('recruitwatch submit FILE');
      expect(err.text(), command).toBe('');
    }
  });

  it('keeps each request body under the byte limit', () => {
    const big = 'x'.repeat(300_000);
    const records = Array.from({ length: 30 }, (_, i) => ({ line: i + 1, value: { adId: `a${i}`, description: big } }));
    const chunks = chunkRecords(records, 1_000, 4 * 1024 * 1024);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(Buffer.byteLength(c.body)).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(chunks.flatMap((c) => c.records)).toHaveLength(30);
  });
});
