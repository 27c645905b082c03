import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAuthorizer } from '#functions/authorizer/app.ts';
import { hashToken, TokenAuthenticator } from '#shared/pipeline/auth.ts';
import type { CredentialStore, Principal } from '#shared/pipeline/ports.ts';

const principal: Principal = { kind: 'regulator', regions: ['430100'], subject: 'changsha' };
const calls: string[] = [];
const store: CredentialStore = {
  async findByTokenHash(h) {
    calls.push(h);
    return h === hashToken('rw_demo_regulator_changsha') ? principal : undefined;
  },
  async put() {},
};

const event = (authorization?: string) =>
  ({
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:ap-east-1:111111111111:abc/$default/GET/v1/cases',
    identitySource: authorization ? [authorization] : [],
    headers: authorization ? { authorization } : {},
  }) as unknown as APIGatewayRequestAuthorizerEventV2;

describe('authorizer', () => {
  const authorize = createAuthorizer(new TokenAuthenticator(store));

  it('allows a known token and passes the principal on', async () => {
    const res = await authorize(event('Bearer rw_demo_regulator_changsha'));
    expect(res.isAuthorized).toBe(true);
    expect(JSON.parse(res.context.principal)).toEqual(principal);
  });

  it('denies a missing, malformed or unknown token', async () => {
    expect((await authorize(event())).isAuthorized).toBe(false);
    expect((await authorize(event('Basic abc:def'))).isAuthorized).toBe(false);
    expect((await authorize(event('Bearer rw_unknown_token'))).isAuthorized).toBe(false);
  });

  it('looks tokens up by SHA-256 only, and caches the answer', async () => {
    calls.length = 0;
    const auth = new TokenAuthenticator(store);
    await auth.resolve('rw_demo_regulator_changsha');
    await auth.resolve('rw_demo_regulator_changsha');
    expect(calls).toEqual([hashToken('rw_demo_regulator_changsha')]);
    expect(calls[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
