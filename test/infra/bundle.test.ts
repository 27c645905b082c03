/**
 * The function bundles as NodejsFunction builds them (same esbuild options): each stays small and none
 * pulls in the whole `natural` package (its entry point alone bundles to ≈10 MB).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayRequestAuthorizerEventV2, SQSEvent } from 'aws-lambda';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ENTRIES } from '#infra/bundling.ts';
import { REVIEW_ENV } from '#shared/review/config.ts';
import { bundle, ROOT } from '#test/infra/bundles.ts';

const MAX_BYTES = 3 * 1024 * 1024;

const SECRET_ARN = 'arn:aws:secretsmanager:ap-east-1:111111111111:secret:ReviewCursorSecret-AbC123';

/** Secrets Manager's GetSecretValue (JSON 1.1 protocol) on a free 127.0.0.1 port, recording what it was asked. */
async function startFakeSecretsManager(value: string) {
  const requests: { target: string | undefined; secretId: unknown }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const input = JSON.parse(body || '{}') as { SecretId?: unknown };
      requests.push({ target: req.headers['x-amz-target'] as string | undefined, secretId: input.SecretId });
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify({ ARN: SECRET_ARN, Name: 'ReviewCursorSecret', SecretString: value, VersionId: 'v1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// bundles are written under node_modules/.cache so the runtime-provided @aws-sdk resolves as on Lambda
const OUT = path.join(ROOT, 'node_modules/.cache/rw-bundle-test', String(process.pid));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

async function load<T>(name: string, entry: string): Promise<T> {
  const { code } = await bundle(entry);
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.mjs`);
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as T;
}

describe('function bundles', () => {
  for (const [name, entry] of Object.entries(ENTRIES)) {
    it(`${name} bundles under 3 MB without the whole natural package or the AWS SDK`, async () => {
      const { bytes, inputs } = await bundle(entry);
      expect(bytes).toBeGreaterThan(10_000);
      expect(bytes).toBeLessThan(MAX_BYTES);
      expect(inputs.filter((i) => /node_modules\/natural\/(lib\/natural\/)?index\.js$/.test(i))).toEqual([]);
      expect(inputs.filter((i) => i.includes('node_modules/@aws-sdk/'))).toEqual([]);
    });
  }
});

describe('bundled handlers start and answer', () => {
  vi.stubEnv('AWS_REGION', 'ap-east-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
  vi.stubEnv('TABLE_NAME', 'rw-bundle-test');
  vi.stubEnv('INGEST_QUEUE_URL', 'http://127.0.0.1:9/queue/rw');
  vi.stubEnv('ALERT_TOPIC_ARN', 'arn:aws:sns:ap-east-1:111111111111:rw-alerts');
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'true');

  it('the API bundle does not start without its review cursor secret (fails closed)', async () => {
    vi.stubEnv(REVIEW_ENV.cursorSecret, undefined);
    vi.stubEnv(REVIEW_ENV.cursorSecretArn, undefined);
    await expect(load('api-no-secret', ENTRIES.api)).rejects.toMatchObject({ name: 'ReviewConfigError' });
  });

  it('the API bundle reads its secret from Secrets Manager at cold start and answers without credentials with 401 JSON', async () => {
    const secrets = await startFakeSecretsManager('c'.repeat(64));
    vi.stubEnv(REVIEW_ENV.cursorSecret, undefined);
    vi.stubEnv(REVIEW_ENV.cursorSecretArn, SECRET_ARN);
    vi.stubEnv('AWS_ENDPOINT_URL_SECRETS_MANAGER', secrets.url);
    let mod: { handler: (e: APIGatewayProxyEventV2) => Promise<{ statusCode: number; body: string }> };
    try {
      mod = await load('api', ENTRIES.api);
    } finally {
      await secrets.close();
    }
    expect(secrets.requests).toEqual([{ target: 'secretsmanager.GetSecretValue', secretId: SECRET_ARN }]);
    const res = await mod.handler({
      rawPath: '/v1/feeds',
      headers: {},
      requestContext: { http: { method: 'POST', path: '/v1/feeds' }, requestId: 'r1' },
      body: '[]',
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2);
    expect(res.statusCode).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('unauthorized');
  });

  it('the authorizer bundle starts with the user pool configured and passes a request without credentials on with no principal', async () => {
    vi.stubEnv('USER_POOL_ID', 'ap-east-1_TestPool1');
    vi.stubEnv('USER_POOL_CLIENT_ID', '4sconsoleclient0000000000a');
    const mod = await load<{ handler: (e: APIGatewayRequestAuthorizerEventV2) => Promise<unknown> }>(
      'authorizer',
      ENTRIES.authorizer,
    );
    const res = await mod.handler({
      headers: {},
      requestContext: { requestId: 'r1' },
    } as unknown as APIGatewayRequestAuthorizerEventV2);
    expect(res).toEqual({ isAuthorized: true, context: { principal: '', kind: '' } });
  });

  it('the worker bundle reports a poison message as a batch item failure', async () => {
    const mod = await load<{ handler: (e: SQSEvent) => Promise<{ batchItemFailures: { itemIdentifier: string }[] }> }>(
      'worker',
      ENTRIES.worker,
    );
    const res = await mod.handler({
      Records: [{ messageId: 'poison', body: 'not json', attributes: { ApproximateReceiveCount: '1' } }],
    } as unknown as SQSEvent);
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: 'poison' }]);
  });
});
