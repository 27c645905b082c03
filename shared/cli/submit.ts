/**
 * `recruitwatch submit FILE --endpoint URL --token T`: sends a feed file (JSON Lines or one JSON array)
 * to the feed API in chunks of at most 1,000 ads and 4 MB, with a progress bar on a terminal, and
 * prints accepted / rejected counts with each rejection's line and reasons. The token may come from
 * RW_TOKEN instead of the command line (keeps it out of shell history); it is never printed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type InputRecord, parseFeedText } from '#shared/cli/input.ts';

export const SUBMIT_USAGE = `  recruitwatch submit FILE|- --endpoint URL [--token T] [--json]
      sends a feed to POST URL/v1/feeds (token also from RW_TOKEN, endpoint from RW_ENDPOINT)`;

export const CHUNK_ADS = 1_000;
export const CHUNK_BYTES = 4 * 1024 * 1024;

export class SubmitUsageError extends Error {
  override name = 'SubmitUsageError';
}

export interface SubmitIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin: () => string;
  env?: Readonly<Record<string, string | undefined>>;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export interface Rejection {
  line: number;
  adId?: string;
  reasons: string[];
}

export interface SubmitSummary {
  feeds: string[];
  sent: number;
  accepted: number;
  rejected: Rejection[];
}

interface Chunk {
  records: InputRecord[];
  body: string;
}

/** Splits valid JSON records into request bodies of ≤ CHUNK_ADS ads and ≤ CHUNK_BYTES bytes. */
export function chunkRecords(records: readonly InputRecord[], maxAds = CHUNK_ADS, maxBytes = CHUNK_BYTES): Chunk[] {
  const chunks: Chunk[] = [];
  let current: InputRecord[] = [];
  let parts: string[] = [];
  let bytes = 2;
  const flush = () => {
    if (current.length) chunks.push({ records: current, body: `[${parts.join(',')}]` });
    current = [];
    parts = [];
    bytes = 2;
  };
  for (const rec of records) {
    const json = JSON.stringify(rec.value);
    const size = Buffer.byteLength(json, 'utf8') + 1;
    if (current.length >= maxAds || (current.length > 0 && bytes + size > maxBytes)) flush();
    current.push(rec);
    parts.push(json);
    bytes += size;
  }
  flush();
  return chunks;
}

class RequestFailed extends Error {
  override name = 'RequestFailed';
  readonly fatal: boolean;
  constructor(message: string, fatal: boolean) {
    super(message);
    this.fatal = fatal;
  }
}

interface Receipt {
  feedId: string;
  accepted: number;
  rejected: { index: number; adId?: string; errors: { path: string; message: string }[] }[];
}

async function postChunk(url: string, token: string, body: string, io: SubmitIo): Promise<Receipt> {
  const doFetch = io.fetch ?? fetch;
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last = '';
  for (let attempt = 1; attempt <= 4; attempt++) {
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(60_000),
      });
    } catch (err) {
      last = `cannot reach ${url}: ${err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : err}`;
      await sleep(250 * 2 ** attempt);
      continue;
    }
    const text = await res.text();
    if (res.status === 202) return JSON.parse(text) as Receipt;
    const message = errorMessage(text) ?? res.statusText;
    last = `${res.status} ${message}`;
    if (res.status === 429 || res.status >= 500) {
      await sleep(250 * 2 ** attempt);
      continue;
    }
    throw new RequestFailed(last, res.status === 401 || res.status === 403);
  }
  throw new RequestFailed(`gave up after 4 attempts: ${last}`, true);
}

function errorMessage(text: string): string | undefined {
  try {
    const e = (JSON.parse(text) as { error?: { message?: unknown } }).error;
    return typeof e?.message === 'string' ? e.message : undefined;
  } catch {
    return undefined;
  }
}

export async function submitCommand(args: string[], io: SubmitIo): Promise<number> {
  const env = io.env ?? process.env;
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { endpoint: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new SubmitUsageError('submit takes one FILE (or - for standard input)');
  const endpoint = values.endpoint ?? env.RW_ENDPOINT;
  const token = values.token ?? env.RW_TOKEN;
  if (!endpoint) throw new SubmitUsageError('--endpoint URL (or RW_ENDPOINT) is required');
  if (!token) throw new SubmitUsageError('--token T (or RW_TOKEN) is required');
  let url: string;
  try {
    url = new URL('v1/feeds', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href;
  } catch {
    throw new SubmitUsageError(`--endpoint must be a URL, not '${endpoint}'`);
  }
  const file = positionals[0] ?? '-';
  let text: string;
  try {
    text = file === '-' ? io.readStdin() : readFileSync(file, 'utf8');
  } catch (err) {
    io.stderr.write(`recruitwatch: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const records = parseFeedText(text);
  const summary: SubmitSummary = { feeds: [], sent: 0, accepted: 0, rejected: [] };
  for (const r of records) if (r.error !== undefined) summary.rejected.push({ line: r.line, reasons: [r.error] });
  const valid = records.filter((r) => r.error === undefined);
  const chunks = chunkRecords(valid);
  const bar = await progressBar(io, valid.length);
  // every distinct failure is reported once; a request that failed for good rejects each of its lines
  const failures = new Set<string>();
  let done = 0;
  let notSent = 0;
  for (const [i, chunk] of chunks.entries()) {
    try {
      const receipt = await postChunk(url, token, chunk.body, io);
      summary.feeds.push(receipt.feedId);
      summary.sent += chunk.records.length;
      summary.accepted += receipt.accepted;
      for (const rej of receipt.rejected) {
        const line = chunk.records[rej.index]?.line ?? -1;
        const entry: Rejection = { line, reasons: rej.errors.map((e) => `${e.path}: ${e.message}`) };
        if (rej.adId !== undefined) entry.adId = rej.adId;
        summary.rejected.push(entry);
      }
    } catch (err) {
      if (!(err instanceof RequestFailed)) throw err;
      failures.add(err.message);
      if (err.fatal) {
        notSent = chunks.slice(i).reduce((n, c) => n + c.records.length, 0);
        break;
      }
      for (const rec of chunk.records) {
        const entry: Rejection = { line: rec.line, reasons: [`request failed: ${err.message}`] };
        const adId = adIdOf(rec.value);
        if (adId !== undefined) entry.adId = adId;
        summary.rejected.push(entry);
      }
    }
    done += chunk.records.length;
    bar?.update(done);
  }
  bar?.stop();
  summary.rejected.sort((a, b) => a.line - b.line);
  report(summary, records.length, values.json, io);
  if (notSent > 0) io.stderr.write(`recruitwatch: ${notSent} ads not sent: the run stopped at a failed request\n`);
  for (const failure of failures) io.stderr.write(`recruitwatch: submit failed: ${failure}\n`);
  return failures.size > 0 ? 1 : 0;
}

function adIdOf(value: unknown): string | undefined {
  const adId = (value as { adId?: unknown } | null)?.adId;
  return typeof adId === 'string' ? adId : undefined;
}

function report(s: SubmitSummary, total: number, json: boolean, io: SubmitIo): void {
  if (json) {
    io.stdout.write(`${JSON.stringify(s)}\n`);
    return;
  }
  io.stdout.write(
    `${total} ads read, ${s.sent} sent in ${s.feeds.length} request(s): ${s.accepted} accepted, ${s.rejected.length} rejected\n`,
  );
  const shown = s.rejected.slice(0, 50);
  for (const r of shown) io.stdout.write(`  line ${r.line}${r.adId ? ` (${r.adId})` : ''}: ${r.reasons.join('; ')}\n`);
  if (s.rejected.length > shown.length)
    io.stdout.write(`  … and ${s.rejected.length - shown.length} more (use --json)\n`);
}

async function progressBar(io: SubmitIo, total: number) {
  if (!io.stderr.isTTY || total <= CHUNK_ADS) return undefined; // one request: nothing to show
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.stderr, format: 'submitting [{bar}] {value}/{total} ads' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (n: number) => bar.update(n), stop: () => bar.stop() };
}
