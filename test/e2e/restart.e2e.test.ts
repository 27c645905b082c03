/**
 * Restarting the local stack on the same data folder (LevelDB for DynamoDB, SQLite for SQS) keeps
 * everything: results, cases, alerts, and messages queued but not yet screened when it stopped.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadStartConfig } from '#shared/local/config.ts';
import type { LocalStack } from '#shared/local/stack.ts';
import {
  api,
  E2E_TEST_MS,
  E2E_WAIT_MS,
  getResult,
  postFeed,
  scanTable,
  startTestStack,
  TOKENS,
  tempDataDir,
  waitForResults,
} from '#test/helpers/local-stack.ts';
import { waitFor } from '#test/helpers/wait.ts';

const FEED_A = readFileSync('samples/demo-feed.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { platform: string; adId: string; description: string })
  .filter((a) => a.platform === 'demo-platform-a');

const data = tempDataDir();
let stack: LocalStack | undefined;
afterAll(async () => {
  await stack?.stop();
  data.remove();
});

interface AlertsBody {
  alerts: { alertId: string; caseId: string; jurisdiction?: string; regionCode?: string }[];
}

describe('the local stack across a restart', { timeout: E2E_TEST_MS }, () => {
  it('keeps results, cases and alerts, and screens what was still queued', async () => {
    stack = await startTestStack({ dataDir: data.dir });
    await postFeed(stack, TOKENS.platformA, FEED_A);
    const before = await waitForResults(
      stack,
      TOKENS.platformA,
      FEED_A.map((a) => a.adId),
    );
    await waitFor(
      async () => {
        const r = await api<AlertsBody>(stack as LocalStack, 'GET', '/v1/alerts', TOKENS.regulator);
        return r.status === 200 && r.body.alerts.length > 0;
      },
      E2E_WAIT_MS,
      'an alert',
    );
    const alertsBefore = (await api<AlertsBody>(stack, 'GET', '/v1/alerts', TOKENS.regulator)).body.alerts;
    const heads = (await scanTable(stack)).filter((i) => i.sk === 'CASE').length;
    expect(heads).toBeGreaterThan(0);

    // stop the worker, queue one more ad, and shut down with it unscreened
    await stack.worker.stop();
    const late = { ...FEED_A[0], adId: 'queued-at-shutdown', description: '招聘仓库管理员，限男性。' };
    expect((await postFeed(stack, TOKENS.platformA, [late])).accepted).toBe(1);
    await stack.stop();
    expect((await fetch(`${stack.url}/healthz`).catch(() => undefined))?.status).toBeUndefined();

    stack = await startTestStack({ dataDir: data.dir });
    for (const ad of FEED_A) {
      const r = await getResult(stack, TOKENS.platformA, ad.adId);
      expect(r.status, ad.adId).toBe(200);
      expect(r.body.contentHash).toBe(before.get(ad.adId)?.contentHash);
      expect(r.body.caseId).toBe(before.get(ad.adId)?.caseId);
    }
    const queued = await waitForResults(stack, TOKENS.platformA, ['queued-at-shutdown']);
    expect(queued.get('queued-at-shutdown')?.flagged).toBe(true);
    expect((await scanTable(stack)).filter((i) => i.sk === 'CASE')).toHaveLength(heads + 1);

    const after = await api<AlertsBody>(stack, 'GET', '/v1/alerts', TOKENS.regulator);
    expect(after.body.alerts.map((a) => a.alertId)).toEqual(expect.arrayContaining(alertsBefore.map((a) => a.alertId)));
  });

  it('serves alerts to regulators only, within their region', async () => {
    if (!stack) throw new Error('the previous test starts the stack');
    expect((await api(stack, 'GET', '/v1/alerts')).status).toBe(401);
    expect((await api(stack, 'GET', '/v1/alerts', 'rw_not_a_real_token')).status).toBe(401);
    expect((await api(stack, 'GET', '/v1/alerts', TOKENS.platformA)).status).toBe(403);
    const all = (await api<AlertsBody>(stack, 'GET', '/v1/alerts', TOKENS.regulator)).body.alerts;
    const changsha = (await api<AlertsBody>(stack, 'GET', '/v1/alerts', TOKENS.changsha)).body.alerts;
    const region = (a: AlertsBody['alerts'][number]) => a.jurisdiction ?? a.regionCode ?? '';
    expect(changsha.length).toBeGreaterThan(0);
    expect(changsha.every((a) => region(a).startsWith('4301'))).toBe(true);
    expect(changsha.length).toBe(all.filter((a) => region(a).startsWith('4301')).length);
  });
});

describe('the stored credentials across restarts', { timeout: E2E_TEST_MS }, () => {
  const dir = tempDataDir();
  let current: LocalStack | undefined;
  afterAll(async () => {
    await current?.stop();
    dir.remove();
  });
  const configured = {
    regulator: 'rw_test_configured_regulator_1',
    platform: 'rw_test_configured_platform_1',
  };
  const tokensJson = (withPlatform: boolean) =>
    JSON.stringify([
      { kind: 'regulator', subject: 'test-regulator', regions: '*', token: configured.regulator },
      ...(withPlatform ? [{ kind: 'platform', platform: 'test-platform', token: configured.platform }] : []),
    ]);
  /** Starts the stack on the shared data folder as `npm start` would with these arguments and environment. */
  async function restart(argv: string[], env: Record<string, string> = {}): Promise<LocalStack> {
    await current?.stop();
    const config = loadStartConfig([...argv, '--data', dir.dir], env);
    current = await startTestStack({ dataDir: dir.dir, credentials: config.credentials });
    return current;
  }
  const status = async (s: LocalStack, token: string, path = '/v1/alerts') => (await api(s, 'GET', path, token)).status;

  it('are exactly the configured set: demo tokens die with --no-demo, a dropped token dies, a re-added one lives', async () => {
    let s = await restart([]);
    expect(await status(s, TOKENS.regulator)).toBe(200);
    expect(await status(s, TOKENS.platformA, '/v1/ads/none/result')).toBe(404);

    s = await restart(['--no-demo'], { RW_TOKENS: tokensJson(true) });
    for (const token of Object.values(TOKENS)) expect(await status(s, token), token).toBe(401);
    expect(await status(s, configured.regulator)).toBe(200);
    expect(await status(s, configured.platform, '/v1/ads/none/result')).toBe(404);

    s = await restart(['--no-demo'], { RW_TOKENS: tokensJson(false) });
    expect(await status(s, configured.platform, '/v1/ads/none/result')).toBe(401);
    expect(await status(s, configured.regulator)).toBe(200);
    for (const token of Object.values(TOKENS)) expect(await status(s, token), token).toBe(401);

    // demo mode again: the demo tokens are enabled again, the configured regulator is not in that set
    s = await restart([]);
    expect(await status(s, TOKENS.changsha)).toBe(200);
    expect(await status(s, configured.regulator)).toBe(401);
  });
});
