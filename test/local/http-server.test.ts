/** The local HTTP front door: API Gateway v2 events, 413 before the handler, health, console files, alerts scope. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalAlert } from '#shared/local/alert-sinks.ts';
import { type LocalHttpServer, startHttpServer } from '#shared/local/http-server.ts';
import { silentLogger } from '#shared/local/log.ts';
import type { Principal } from '#shared/pipeline/ports.ts';

const consoleDir = mkdtempSync(join(tmpdir(), 'rw-console-'));
writeFileSync(join(consoleDir, 'index.html'), '<h1>console</h1>');
let server: LocalHttpServer;
let url: string;
let ready = false;
const events: APIGatewayProxyEventV2[] = [];

const principals: Record<string, Principal> = {
  tok_platform_a: { kind: 'platform', platform: 'a', subject: 'a' },
  tok_regulator_all: { kind: 'regulator', regions: '*', subject: 'n' },
  tok_regulator_cs: { kind: 'regulator', regions: ['430100'], subject: 'cs' },
};
const alert = (alertId: string, jurisdiction: string, createdAt: string): LocalAlert => ({
  alertId,
  caseId: `c_${alertId}`,
  jurisdiction,
  severity: 'critical',
  category: 'fraud',
  createdAt,
});
const ALERTS = [alert('1', '430102', '2026-01-02T00:00:00Z'), alert('2', '110105', '2026-01-01T00:00:00Z')];

beforeAll(async () => {
  server = await startHttpServer({
    port: 0,
    region: 'us-east-1',
    api: async (event) => {
      events.push(event);
      return { statusCode: 201, headers: { 'x-echo': event.rawPath }, body: event.body ?? '', cookies: ['a=1'] };
    },
    resolvePrincipal: async (t) => principals[t],
    alerts: () => ALERTS,
    ready: () => ready,
    consoleDir,
    logger: silentLogger,
    maxBodyBytes: 1024,
  });
  url = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.stop();
  rmSync(consoleDir, { recursive: true, force: true });
});

describe('the local HTTP server', () => {
  it('answers /healthz 503 until ready, then 200, and refuses API calls until then', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(503);
    expect((await fetch(`${url}/v1/feeds`, { method: 'POST', body: '[]' })).status).toBe(503);
    ready = true;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('turns a request into an API Gateway v2 event and writes the result back', async () => {
    const res = await fetch(`${url}/v1/feeds?x=1&x=2&y=%E4%B8%AD`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t', cookie: 'k=v; m=n' },
      body: '[{"title":"中文"}]',
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-echo')).toBe('/v1/feeds');
    expect(res.headers.get('set-cookie')).toBe('a=1');
    expect(await res.text()).toBe('[{"title":"中文"}]');
    const e = events.at(-1);
    expect(e).toMatchObject({
      version: '2.0',
      routeKey: '$default',
      rawPath: '/v1/feeds',
      rawQueryString: 'x=1&x=2&y=%E4%B8%AD',
      queryStringParameters: { x: '1,2', y: '中' },
      cookies: ['k=v', 'm=n'],
      isBase64Encoded: false,
      body: '[{"title":"中文"}]',
      requestContext: { http: { method: 'POST', path: '/v1/feeds' }, stage: '$default' },
    });
    expect(e?.headers.authorization).toBe('Bearer t');
    expect(e?.headers.cookie).toBeUndefined();
  });

  it('base64-encodes binary bodies, as API Gateway does', async () => {
    await fetch(`${url}/v1/feeds`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([0xff, 0x00, 0x41]),
    });
    const e = events.at(-1);
    expect(e?.isBase64Encoded).toBe(true);
    expect(Buffer.from(e?.body ?? '', 'base64')).toEqual(Buffer.from([0xff, 0x00, 0x41]));
  });

  it('refuses a body over the limit with 413 before it reaches the handler', async () => {
    const before = events.length;
    const res = await fetch(`${url}/v1/feeds`, { method: 'POST', body: 'x'.repeat(2048) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(events.length).toBe(before);
  });

  it('serves the console folder and nothing outside it', async () => {
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('console');
    for (const path of ['/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/missing.js', '/%00']) {
      expect((await fetch(`${url}${path}`)).status, path).toBe(404);
    }
  });

  it('serves alerts to regulators only, within their regions', async () => {
    const get = (token?: string, query = '') =>
      fetch(`${url}/v1/alerts${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    expect((await get()).status).toBe(401);
    expect((await get('tok_unknown_1')).status).toBe(401);
    expect((await get('tok_platform_a')).status).toBe(403);
    const all = (await (await get('tok_regulator_all')).json()) as { alerts: LocalAlert[] };
    expect(all.alerts.map((a) => a.alertId)).toEqual(['1', '2']);
    const cs = (await (await get('tok_regulator_cs')).json()) as { alerts: LocalAlert[] };
    expect(cs.alerts.map((a) => a.alertId)).toEqual(['1']);
    const since = (await (await get('tok_regulator_all', '?since=2026-01-01T12:00:00Z')).json()) as {
      alerts: LocalAlert[];
    };
    expect(since.alerts.map((a) => a.alertId)).toEqual(['1']);
    expect((await get('tok_regulator_all', '?limit=0')).status).toBe(400);
  });
});
