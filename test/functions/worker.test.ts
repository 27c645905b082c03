import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerHandler } from '#functions/worker/app.ts';
import { lambdaContext } from '#shared/local/lambda-context.ts';
import { AlertService } from '#shared/pipeline/alerts.ts';
import { ScreeningService } from '#shared/pipeline/screening.ts';
import { sqsEvent } from '#test/functions/events.ts';
import {
  FakeScreener,
  finding,
  MemoryCases,
  MemoryLedger,
  MemoryPublisher,
  MemoryResults,
  makeAd,
  message,
} from '#test/pipeline/fakes.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function setup() {
  const screener = new FakeScreener();
  const results = new MemoryResults();
  const cases = new MemoryCases();
  const service = new ScreeningService({
    engine: screener,
    results,
    cases,
    alerts: new AlertService({ cases, ledger: new MemoryLedger(), publisher: new MemoryPublisher() }),
  });
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  const logger = new Logger({ serviceName: 'test-worker', logLevel: 'INFO' });
  const metrics = new Metrics({ namespace: 'RecruitWatchTest', serviceName: 'test-worker' });
  return {
    handler: createWorkerHandler(service, logger),
    withMetrics: createWorkerHandler(service, logger, metrics),
    screener,
    results,
    cases,
    lines,
  };
}

describe('worker handler', () => {
  it('reports only the failing record in batchItemFailures', async () => {
    const { handler, results } = setup();
    const good = makeAd({ adId: 'good' });
    const event = sqsEvent([
      JSON.stringify(message(good)),
      '{"not":"an envelope"}',
      JSON.stringify(message(makeAd({ adId: 'g2' }))),
    ]);
    const res = await handler(event);
    expect(res).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-2' }] });
    expect(results.items.size).toBe(2);
  });

  it('returns every record as failed (not a throw) when the whole batch fails', async () => {
    const { handler } = setup();
    const res = await handler(sqsEvent(['x', 'y']));
    expect(res.batchItemFailures.map((f) => f.itemIdentifier)).toEqual(['m-1', 'm-2']);
  });

  it('logs ids and outcomes, never ad text', async () => {
    const { handler, screener, lines } = setup();
    const ad = makeAd({ adId: 'logged', description: '保证金300元，身份证430102199003071234' });
    screener.findings.set(`logged:${ad.title}`, [finding('fraud-fee', 'high', 'fraud')]);
    await handler(sqsEvent([JSON.stringify(message(ad)), 'broken']));
    const out = lines.join('');
    expect(out).toContain('"adId":"logged"');
    expect(out).toContain('"messageId":"m-2"');
    expect(out).not.toContain('保证金');
    expect(out).not.toContain('430102199003071234');
    expect(out).not.toContain(ad.title);
  });

  it('runs as a middy chain: every log line carries the Lambda request id, the next invocation its own', async () => {
    const { handler, lines } = setup();
    const first = lambdaContext('recruitwatch-worker', 30_000, 'ap-east-1');
    const second = lambdaContext('recruitwatch-worker', 30_000, 'ap-east-1');
    await handler(sqsEvent([JSON.stringify(message(makeAd({ adId: 'c1' })))]), first);
    await handler(sqsEvent(['broken']), second);
    const logs = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logs.find((l) => l.message === 'screened')).toMatchObject({
      function_request_id: first.awsRequestId,
      function_name: 'recruitwatch-worker',
    });
    expect(logs.find((l) => l.message === 'record failed')).toMatchObject({ function_request_id: second.awsRequestId });
  });

  it('publishes the invocation metrics once per invocation (EMF), also when every record failed', async () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const { withMetrics, lines } = setup();
    await withMetrics(
      sqsEvent([JSON.stringify(message(makeAd({ adId: 'e1' }))), 'broken']),
      lambdaContext('recruitwatch-worker', 30_000, 'ap-east-1'),
    );
    await withMetrics(sqsEvent(['broken']), lambdaContext('recruitwatch-worker', 30_000, 'ap-east-1'));
    const emf = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l._aws !== undefined);
    expect(emf).toHaveLength(2);
    expect(emf[0]).toMatchObject({ ads_clean: 1, ads_failed: 1, service: 'test-worker' });
    expect(emf[1]).toMatchObject({ ads_failed: 1 });
    expect(emf[1]?.ads_clean).toBeUndefined();
  });
});
