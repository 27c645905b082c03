import { describe, expect, it, vi } from 'vitest';
import type { ApiRequest } from '#shared/pipeline/http/request.ts';
import { json } from '#shared/pipeline/http/response.ts';
import { type Route, Router } from '#shared/pipeline/http/router.ts';
import type { Principal } from '#shared/pipeline/ports.ts';

const platform: Principal = { kind: 'platform', platform: 'p', subject: 'p' };
const echo: Route<null> = {
  method: 'GET',
  path: '/v1/things/{id}/parts/{part}',
  allow: ['platform'],
  handle: async (req) => json(200, { params: req.params, who: req.principal.subject }),
};
const router = new Router(
  [echo],
  null,
  { resolve: async (t) => (t === 'good-token' ? platform : undefined) },
  { error: vi.fn() },
);

const req = (over: Partial<ApiRequest> = {}): ApiRequest => ({
  method: 'GET',
  path: '/v1/things/a%20b/parts/c',
  headers: { authorization: 'Bearer good-token' },
  query: {},
  body: '',
  bodyBytes: 0,
  requestId: 'r',
  ...over,
});
const call = async (over: Partial<ApiRequest> = {}) => {
  const res = await router.handle(req(over));
  return { status: res.statusCode, body: JSON.parse(res.body ?? '{}') };
};

describe('Router', () => {
  it('matches path parameters segment by segment and decodes them', async () => {
    expect(await call()).toEqual({ status: 200, body: { params: { id: 'a b', part: 'c' }, who: 'p' } });
    expect((await call({ path: '/v1/things/a/parts/c/' })).status).toBe(200);
    expect((await call({ path: '/v1/things/a/b/parts/c' })).status).toBe(404);
  });

  it('answers a malformed escape as 404, not 500', async () => {
    expect(await call({ path: '/v1/things/%E0%A4%A/parts/c' })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
  });

  it('accepts only a Bearer token of sane length', async () => {
    expect((await call({ headers: { authorization: 'Basic good-token' } })).status).toBe(401);
    expect((await call({ headers: { authorization: 'Bearer short' } })).status).toBe(401);
    expect((await call({ headers: { authorization: `Bearer ${'x'.repeat(8193)}` } })).status).toBe(401);
  });

  it('trusts the authorizer principal when present and still checks the route kinds', async () => {
    const regulator: Principal = { kind: 'regulator', regions: '*', subject: 'r' };
    expect((await call({ headers: {}, authorizerPrincipal: platform })).status).toBe(200);
    expect((await call({ headers: {}, authorizerPrincipal: regulator })).status).toBe(403);
  });

  it('answers 401 in the project shape when the authorizer ran and found no principal, whatever the headers', async () => {
    const res = await router.handle(req({ viaAuthorizer: true }));
    expect(res.statusCode).toBe(401);
    expect(res.headers?.['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(res.body ?? '{}')).toEqual({
      error: { code: 'unauthorized', message: 'missing or invalid credentials' },
      requestId: 'r',
    });
    expect((await call({ viaAuthorizer: true, authorizerPrincipal: platform })).status).toBe(200);
  });

  it('takes Bearer tokens as long as an ID token with many groups', async () => {
    const long = new Router(
      [echo],
      null,
      { resolve: async (t) => (t.length === 4000 ? platform : undefined) },
      { error: vi.fn() },
    );
    expect((await long.handle(req({ headers: { authorization: `Bearer ${'x'.repeat(4000)}` } }))).statusCode).toBe(200);
  });
});
