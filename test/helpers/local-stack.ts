/**
 * Starts the local stack (dynalite + fauxqs + the pipeline's functions) on free 127.0.0.1 ports for a
 * test, with small timeouts, and gives HTTP helpers over it. Stop it in afterAll.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DEMO_CREDENTIALS } from '#shared/local/credentials.ts';
import { queueDepth } from '#shared/local/queues.ts';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '#shared/local/stack.ts';
import { waitFor } from '#test/helpers/wait.ts';

export const TOKENS = {
  platformA: 'rw_demo_platform_a',
  platformB: 'rw_demo_platform_b',
  regulator: 'rw_demo_regulator',
  changsha: 'rw_demo_regulator_changsha',
} as const;

export type TestStackOptions = Partial<LocalStackOptions>;

/**
 * How long end-to-end waits may take. Typical runs need a few seconds; the margin is for `npm test`
 * running every suite at once on a 2-core machine. Tests using these waits set a matching timeout.
 */
export const E2E_WAIT_MS = 45_000;
export const E2E_TEST_MS = 90_000;

/**
 * Test defaults: memory, free ports, 2 s visibility (a failed batch comes back after ~2 s; 1 s makes
 * a cold first batch on a loaded machine come back while still running). Tests that count receives
 * restart the worker with 1 s.
 */
export function startTestStack(options: TestStackOptions = {}): Promise<LocalStack> {
  return startLocalStack({
    port: 0,
    credentials: DEMO_CREDENTIALS,
    shutdownGraceMs: 3_000,
    ...options,
    worker: { visibilityTimeoutSeconds: 2, waitTimeSeconds: 1, concurrency: 2, ...options.worker },
  });
}

/** A temporary data folder (removed by the returned function). */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'rw-local-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface HttpReply<T = unknown> {
  status: number;
  body: T;
}

export async function api<T = unknown>(
  stack: Pick<LocalStack, 'url'>,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<HttpReply<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T };
}

export interface FeedReceipt {
  feedId: string;
  accepted: number;
  rejected: { index: number; adId?: string; errors: { path: string; message: string }[] }[];
}

export async function postFeed(stack: LocalStack, token: string, ads: readonly unknown[]): Promise<FeedReceipt> {
  const r = await api<FeedReceipt>(stack, 'POST', '/v1/feeds', token, ads);
  if (r.status !== 202) throw new Error(`POST /v1/feeds answered ${r.status}: ${JSON.stringify(r.body)}`);
  return r.body;
}

export interface ResultBody {
  adId: string;
  flagged: boolean;
  contentHash: string;
  caseId?: string;
  /** The version of the ad within its case (named caseVersion in early drafts). */
  adVersion?: number;
  caseVersion?: number;
  findings: { rule: string; severity: string }[];
}

export const getResult = (stack: LocalStack, token: string, adId: string) =>
  api<ResultBody>(stack, 'GET', `/v1/ads/${encodeURIComponent(adId)}/result`, token);

export const versionOf = (r: ResultBody | undefined): number | undefined => r?.adVersion ?? r?.caseVersion;

/**
 * Waits until the ingest queue holds nothing visible or in flight, then until the alert subscriber's
 * queue is empty too (the worker publishes alerts before it deletes its message, so after both every
 * alert of the screened ads has reached the sinks).
 */
export async function waitForDrain(stack: LocalStack, timeoutMs = E2E_WAIT_MS): Promise<void> {
  for (const queue of [stack.resources.ingest, stack.resources.alertQueue]) {
    await waitFor(
      async () => {
        const d = await queueDepth(stack.clients.sqs, queue.url);
        return d.visible + d.inFlight + d.delayed === 0;
      },
      timeoutMs,
      `${queue.name} to drain`,
      100,
    );
  }
}

/** Waits until each ad has a result whose content hash differs from `previous` (when given). */
export async function waitForResults(
  stack: LocalStack,
  token: string,
  adIds: readonly string[],
  previous: ReadonlyMap<string, string> = new Map(),
  timeoutMs = E2E_WAIT_MS,
): Promise<Map<string, ResultBody>> {
  const out = new Map<string, ResultBody>();
  await waitFor(
    async () => {
      for (const id of adIds) {
        if (out.has(id)) continue;
        const r = await getResult(stack, token, id);
        if (r.status === 200 && r.body.contentHash !== previous.get(id)) out.set(id, r.body);
      }
      return out.size === adIds.length;
    },
    timeoutMs,
    `results for ${adIds.length} ads`,
    150,
  );
  return out;
}

/** Every item of the table (small test tables only). */
export async function scanTable(stack: LocalStack): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await stack.clients.doc.send(
      new ScanCommand({ TableName: stack.resources.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The stored versions of one case. */
export async function caseVersions(stack: LocalStack, caseId: string): Promise<Record<string, unknown>[]> {
  const out = await stack.clients.doc.send(
    new QueryCommand({
      TableName: stack.resources.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':v': 'V#' },
    }),
  );
  return (out.Items ?? []) as Record<string, unknown>[];
}

export interface CaseRow {
  caseId: string;
  platform: string;
  adId: string;
  /** null for ads that gave no region code (seen for GB ads; the data model promises the country code). */
  regionCode: string | null;
}

/** Every case a regulator's token may list over the review API (following page cursors). */
export async function listCases(stack: LocalStack, token: string): Promise<CaseRow[]> {
  const rows: CaseRow[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const r = await api<{ items: CaseRow[]; nextCursor: string | null }>(
      stack,
      'GET',
      `/v1/cases?limit=200${query}`,
      token,
    );
    if (r.status !== 200) throw new Error(`GET /v1/cases answered ${r.status}: ${JSON.stringify(r.body)}`);
    rows.push(...r.body.items);
    cursor = r.body.nextCursor;
    if (!cursor) return rows;
  }
  throw new Error('GET /v1/cases did not finish paging');
}
