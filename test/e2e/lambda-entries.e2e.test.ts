/**
 * The deployed Lambda entry points themselves (functions/api/handler.ts, functions/worker/handler.ts),
 * imported after the local stack has set the environment they read at cold start — configuration
 * from TABLE_NAME / INGEST_QUEUE_URL / ALERT_TOPIC_ARN and the stock SDK clients pointed at the
 * emulators by AWS_ENDPOINT_URL_*, exactly as on AWS.
 */
import type { APIGatewayProxyEventV2, Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '#shared/local/stack.ts';
import {
  E2E_TEST_MS,
  getResult,
  startTestStack,
  TOKENS,
  waitForDrain,
  waitForResults,
} from '#test/helpers/local-stack.ts';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

function feedEvent(token: string, body: string): APIGatewayProxyEventV2 {
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/v1/feeds',
    rawQueryString: '',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'local',
      domainPrefix: 'local',
      http: { method: 'POST', path: '/v1/feeds', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'lambda-entry-test',
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: false,
  };
}

describe('the Lambda entry points over the local stack', { timeout: E2E_TEST_MS }, () => {
  it('API handler.ts queues a feed and worker handler.ts screens it, configured from the environment', async () => {
    const api = await import('#functions/api/handler.ts');
    const worker = await import('#functions/worker/handler.ts');
    await stack.worker.stop();
    stack.restartWorker(
      () =>
        (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
          worker.handler(event, context),
    );
    const ad = {
      adId: 'entry-1',
      title: '仓库管理员',
      description: '负责仓库货物出入库登记。限男性，35岁以下。',
      location: { country: 'CN', regionCode: '430102' },
    };
    const res = await api.handler(feedEvent(TOKENS.platformA, JSON.stringify([ad])));
    expect(res.statusCode).toBe(202);
    expect(JSON.parse(String(res.body))).toMatchObject({ accepted: 1, rejected: [] });
    const results = await waitForResults(stack, TOKENS.platformA, ['entry-1']);
    expect(results.get('entry-1')?.flagged).toBe(true);
    await waitForDrain(stack);
    const unauthorized = await api.handler(feedEvent('rw_not_a_real_token', '[]'));
    expect(unauthorized.statusCode).toBe(401);
    expect((await getResult(stack, TOKENS.platformB, 'entry-1')).status).toBe(404);
  });
});
