/**
 * The authorizer and the API function as API Gateway's HTTP API chains them: the authorizer's simple
 * response decides (isAuthorized false → API Gateway's own 403), its context becomes
 * `requestContext.authorizer.lambda`, then the API function routes. Every credential failure must end as
 * our 401 `{ error: { code, message }, requestId }`, never API Gateway's bare 401/403.
 */
import type { APIGatewayProxyEventV2, APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { describe, expect, it, vi } from 'vitest';
import { createApiHandler } from '#functions/api/app.ts';
import type { ApiDeps } from '#functions/api/deps.ts';
import { createAuthorizer } from '#functions/authorizer/app.ts';
import { CognitoIdTokenVerifier } from '#shared/adapters/cognito/id-token-verifier.ts';
import { Engine } from '#shared/engine/engine.ts';
import { hashToken, TokenAuthenticator } from '#shared/pipeline/auth.ts';
import { FeedIngestor } from '#shared/pipeline/ingest/feed.ts';
import { CredentialAuthenticator, IdTokenAuthenticator } from '#shared/pipeline/id-token-auth.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { MemoryReviewStore } from '#shared/review/memory-store.ts';
import { ReviewService } from '#shared/review/service.ts';
import { CLIENT_ID, idTokenClaims, signJwt, testKey, USER_POOL_ID } from '#test/functions/authorizer-tokens.ts';
import { apiEvent } from '#test/functions/events.ts';
import { MemoryQueue, MemoryResults } from '#test/pipeline/fakes.ts';

const TOKENS: Record<string, Principal> = {
  [hashToken('rw_demo_platform_a')]: { kind: 'platform', platform: 'demo-platform-a', subject: 'platform-a' },
  [hashToken('rw_demo_regulator_changsha')]: { kind: 'regulator', regions: ['430100'], subject: 'changsha' },
};
const key = testKey();

function gateway() {
  const authorizer = createAuthorizer(
    new CredentialAuthenticator(
      new TokenAuthenticator({ findByTokenHash: async (h) => TOKENS[h], put: async () => {} }),
      new IdTokenAuthenticator(
        new CognitoIdTokenVerifier({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, jwks: key.jwks }),
      ),
    ),
    { info() {}, debug() {} },
  );
  const deps: ApiDeps = {
    ingestor: new FeedIngestor({ queue: new MemoryQueue() }),
    results: new MemoryResults(),
    engine: new Engine(),
    review: new ReviewService({ store: new MemoryReviewStore(), cursorSecret: undefined }),
  };
  // the API function's own resolver (used only where no authorizer ran) would accept anything
  const fallback = vi.fn(async (): Promise<Principal> => ({ kind: 'regulator', regions: '*', subject: 'fallback' }));
  const api = createApiHandler(deps, { resolve: fallback }, { error: vi.fn() });
  const call = async (event: APIGatewayProxyEventV2) => {
    const decision = await authorizer({
      type: 'REQUEST',
      routeArn: `arn:aws:execute-api:ap-east-1:111111111111:abc/$default/${event.requestContext.http.method}${event.rawPath}`,
      routeKey: event.routeKey,
      rawPath: event.rawPath,
      headers: event.headers,
      requestContext: event.requestContext,
    } as unknown as APIGatewayRequestAuthorizerEventV2);
    if (!decision.isAuthorized) return { statusCode: 403, body: '{"message":"Forbidden"}', headers: {} };
    Object.assign(event.requestContext, { authorizer: { lambda: decision.context } });
    return api(event);
  };
  return { call, api, fallback };
}

const me = (headers: Record<string, string> = {}) => apiEvent({ method: 'GET', path: '/v1/review/me', headers });
const bodyOf = (r: { body?: string }) => JSON.parse(r.body ?? '{}');

describe('API Gateway: authorizer → API function', () => {
  it('answers 401 in the project shape for missing, malformed, unknown and invalid credentials', async () => {
    const { call, fallback } = gateway();
    const expired = signJwt(key, idTokenClaims('changsha-li', ['region-430100'], { exp: 1 }));
    const outsider = signJwt(key, idTokenClaims('hr-intern', ['staff']));
    for (const authorization of [
      undefined,
      'Basic abc:def',
      'Bearer rw_unknown_token',
      `Bearer ${expired}`,
      `Bearer ${outsider}`,
    ]) {
      const res = await call(me(authorization ? { authorization } : {}));
      expect({ authorization, status: res.statusCode }).toEqual({ authorization, status: 401 });
      expect(bodyOf(res)).toEqual({
        error: { code: 'unauthorized', message: expect.any(String) },
        requestId: 'req-feed-1',
      });
      expect(res.headers?.['www-authenticate']).toBe('Bearer');
    }
    expect(fallback).not.toHaveBeenCalled();
  });

  it('lets a regulator in with an API token or a Cognito ID token, and keeps platforms out (403)', async () => {
    const { call } = gateway();
    const viaToken = await call(me({ authorization: 'Bearer rw_demo_regulator_changsha' }));
    expect(viaToken.statusCode).toBe(200);
    expect(bodyOf(viaToken)).toMatchObject({ subject: 'changsha', regions: ['430100'] });
    const jwt = signJwt(key, idTokenClaims('changsha-li', ['region-430100']));
    const viaIdToken = await call(me({ authorization: `Bearer ${jwt}` }));
    expect(viaIdToken.statusCode).toBe(200);
    expect(bodyOf(viaIdToken)).toMatchObject({ subject: 'changsha-li', regions: ['430100'] });
    const platform = await call(me({ authorization: 'Bearer rw_demo_platform_a' }));
    expect(platform.statusCode).toBe(403);
    expect(bodyOf(platform).error.code).toBe('forbidden');
  });

  it('never falls back to the request headers once the authorizer has run', async () => {
    const { api, fallback } = gateway();
    // authorizer contexts without a usable principal, with a header the API function alone would accept
    for (const lambda of [{ principal: '', kind: '' }, { principal: '{"kind":"regulator"', kind: 'regulator' }, {}]) {
      const event = me({ authorization: 'Bearer rw_demo_regulator_changsha' });
      Object.assign(event.requestContext, { authorizer: { lambda } });
      expect((await api(event)).statusCode).toBe(401);
    }
    expect(fallback).not.toHaveBeenCalled();
    // without an authorizer (the local stack) the API function resolves the header itself
    expect((await api(me({ authorization: 'Bearer rw_demo_regulator_changsha' }))).statusCode).toBe(200);
    expect(fallback).toHaveBeenCalledTimes(1);
  });
});
