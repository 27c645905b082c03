/** Local alert sinks: log file, de-duplication, webhook delivery with retry through the queue. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, it } from 'vitest';
import { AlertSinks, parseAlert } from '#shared/local/alert-sinks.ts';
import { silentLogger } from '#shared/local/log.ts';

const dir = mkdtempSync(join(tmpdir(), 'rw-alerts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const body = (id: string) =>
  JSON.stringify({
    alertId: id,
    caseId: `c_${id}`,
    jurisdiction: '430100',
    severity: 'high',
    category: 'fraud',
    createdAt: '2026-01-01T00:00:00Z',
  });
const event = (...bodies: string[]): SQSEvent =>
  ({ Records: bodies.map((b, i) => ({ messageId: `m${i}`, body: b })) }) as unknown as SQSEvent;

describe('AlertSinks', () => {
  it('logs each alert once, lists newest first, and reloads the log on start', async () => {
    const logFile = join(dir, 'a', 'alerts.log');
    const sinks = new AlertSinks({ logFile, logger: silentLogger });
    expect(await sinks.handle(event(body('1'), body('2'), body('1'), 'not json'))).toEqual({ batchItemFailures: [] });
    expect(sinks.list().map((a) => a.alertId)).toEqual(['2', '1']);
    expect(readFileSync(logFile, 'utf8').trim().split('\n')).toHaveLength(2);
    const again = new AlertSinks({ logFile, logger: silentLogger });
    expect(again.list().map((a) => a.alertId)).toEqual(['2', '1']);
  });

  it('posts to the webhook, and reports a failed delivery so the queue retries it', async () => {
    const posted: string[] = [];
    let up = false;
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      if (!up) throw new Error('connection refused');
      posted.push(String(init.body));
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const sinks = new AlertSinks({ webhookUrl: 'http://127.0.0.1:9/hook', logger: silentLogger, fetch: fakeFetch });
    expect(await sinks.handle(event(body('w')))).toEqual({ batchItemFailures: [{ itemIdentifier: 'm0' }] });
    up = true;
    expect(await sinks.handle(event(body('w')))).toEqual({ batchItemFailures: [] });
    expect(await sinks.handle(event(body('w')))).toEqual({ batchItemFailures: [] });
    expect(posted).toHaveLength(1);
    expect(JSON.parse(posted[0] ?? '{}')).toMatchObject({ alertId: 'w' });
    expect(sinks.list()).toHaveLength(1);
  });

  it('unwraps an SNS envelope and rejects alerts without a region', () => {
    expect(parseAlert(JSON.stringify({ Type: 'Notification', Message: body('e') }))?.alertId).toBe('e');
    expect(
      parseAlert(JSON.stringify({ alertId: 'x', caseId: 'c', severity: 'high', category: 'fraud', createdAt: 't' })),
    ).toBeUndefined();
  });
});
