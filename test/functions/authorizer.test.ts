import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { type AuthorizerLogger, createAuthorizer, NO_PRINCIPAL } from '#functions/authorizer/app.ts';
import { CognitoIdTokenVerifier } from '#shared/adapters/cognito/id-token-verifier.ts';
import { hashToken, TokenAuthenticator } from '#shared/pipeline/auth.ts';
import { AUTH_ENV, loadAuthorizerConfig } from '#shared/pipeline/config.ts';
import { CredentialAuthenticator, IdTokenAuthenticator, InvalidIdTokenError } from '#shared/pipeline/id-token-auth.ts';
import type { CredentialStore, Principal } from '#shared/pipeline/ports.ts';
import { CLIENT_ID, idTokenClaims, signJwt, testKey, USER_POOL_ID } from '#test/functions/authorizer-tokens.ts';

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
    requestContext: { requestId: 'req-auth-1' },
    headers: authorization ? { authorization } : {},
  }) as unknown as APIGatewayRequestAuthorizerEventV2;

const key = testKey();
const verifier = new CognitoIdTokenVerifier({ userPoolId: USER_POOL_ID, clientId: CLIENT_ID, jwks: key.jwks });

function setup(withUserPool = true) {
  const lines: { level: string; message: string; extra: Record<string, unknown> }[] = [];
  const logger: AuthorizerLogger = {
    info: (message, extra) => lines.push({ level: 'info', message, extra }),
    debug: (message, extra) => lines.push({ level: 'debug', message, extra }),
  };
  const auth = new CredentialAuthenticator(
    new TokenAuthenticator(store),
    withUserPool ? new IdTokenAuthenticator(verifier) : undefined,
  );
  return { authorize: createAuthorizer(auth, logger), lines };
}

const principalOf = (res: { context: { principal: string } }) =>
  res.context.principal ? JSON.parse(res.context.principal) : undefined;

describe('authorizer: API tokens', () => {
  it('passes the principal of a known token on', async () => {
    const { authorize } = setup();
    const res = await authorize(event('Bearer rw_demo_regulator_changsha'));
    expect(res.isAuthorized).toBe(true);
    expect(principalOf(res)).toEqual(principal);
    expect(res.context.kind).toBe('regulator');
  });

  it('never denies (API Gateway would answer a bare 403): no, malformed or unknown credentials pass with no principal', async () => {
    const { authorize, lines } = setup();
    for (const header of [undefined, 'Basic abc:def', 'Bearer rw_unknown_token']) {
      expect(await authorize(event(header))).toEqual(NO_PRINCIPAL);
    }
    expect(NO_PRINCIPAL).toEqual({ isAuthorized: true, context: { principal: '', kind: '' } });
    expect(lines.map((l) => l.extra.credential)).toEqual(['none', 'malformed', 'api-token']);
    expect(lines.every((l) => l.message === 'unauthenticated' && l.extra.requestId === 'req-auth-1')).toBe(true);
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

describe('authorizer: Cognito ID tokens', () => {
  it('maps a verified ID token to the regulator principal the token path produces', async () => {
    const { authorize } = setup();
    const jwt = signJwt(key, idTokenClaims('changsha-li', ['region-430100', 'region-430200', 'region-430100']));
    const res = await authorize(event(`Bearer ${jwt}`));
    expect(principalOf(res)).toEqual({ kind: 'regulator', regions: ['430100', '430200'], subject: 'changsha-li' });
    const national = signJwt(key, idTokenClaims('mohrss-wang', ['regions-all', 'region-430100']));
    expect(principalOf(await authorize(event(`Bearer ${national}`)))).toEqual({
      kind: 'regulator',
      regions: '*',
      subject: 'mohrss-wang',
    });
  });

  it('gives no principal to an invalid ID token', async () => {
    const { authorize, lines } = setup();
    const other = testKey('test-key-1'); // same key id, another key: a forged signature
    const claims = idTokenClaims('changsha-li', ['region-430100']);
    const valid = signJwt(key, claims);
    const [h, , s] = valid.split('.');
    const widened = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['regions-all'] })).toString('base64url');
    const bad = {
      expired: signJwt(key, { ...claims, exp: claims.iat - 60, iat: claims.iat - 3660 }),
      otherClient: signJwt(key, { ...claims, aud: 'someotherclient' }),
      accessToken: signJwt(key, { ...claims, token_use: 'access', client_id: CLIENT_ID }),
      otherPool: signJwt(key, { ...claims, iss: 'https://cognito-idp.ap-east-1.amazonaws.com/ap-east-1_Other' }),
      forged: signJwt(other, claims),
      tampered: `${h}.${widened}.${s}`,
      unknownKey: signJwt(key, claims, 'no-such-key'),
      noRegionGroup: signJwt(key, idTokenClaims('hr-intern', ['staff'])),
      noGroups: signJwt(key, { ...claims, 'cognito:groups': undefined }),
      badRegionCode: signJwt(key, idTokenClaims('x', ['region-43/01'])),
    };
    for (const [name, jwt] of Object.entries(bad)) {
      expect({ name, res: await authorize(event(`Bearer ${jwt}`)) }).toEqual({ name, res: NO_PRINCIPAL });
    }
    expect(lines.every((l) => l.extra.credential === 'id-token')).toBe(true);
    // the valid token still passes: the cases above fail for their own reason
    expect(principalOf(await authorize(event(`Bearer ${valid}`)))?.subject).toBe('changsha-li');
  });

  it('gives no principal to an ID token when no user pool is configured (local stack)', async () => {
    const { authorize } = setup(false);
    const jwt = signJwt(key, idTokenClaims('changsha-li', ['region-430100']));
    expect(await authorize(event(`Bearer ${jwt}`))).toEqual(NO_PRINCIPAL);
  });

  it('fails (500) rather than answering 401 when the verifier cannot work, e.g. the keys cannot be fetched', async () => {
    const broken = new IdTokenAuthenticator({
      verify: async () => {
        throw new Error('connect ETIMEDOUT cognito-idp');
      },
    });
    const authorize = createAuthorizer(new CredentialAuthenticator(new TokenAuthenticator(store), broken), {
      info() {},
      debug() {},
    });
    const jwt = signJwt(key, idTokenClaims('changsha-li', ['region-430100']));
    await expect(authorize(event(`Bearer ${jwt}`))).rejects.toThrow(/ETIMEDOUT/);
  });

  it('logs ids and outcomes, never a token', async () => {
    const { authorize, lines } = setup();
    const jwt = signJwt(key, idTokenClaims('changsha-li', ['region-430100']));
    const expired = signJwt(key, idTokenClaims('changsha-li', ['region-430100'], { exp: 1 }));
    await authorize(event(`Bearer ${jwt}`));
    await authorize(event(`Bearer ${expired}`));
    await authorize(event('Bearer rw_demo_regulator_changsha'));
    await authorize(event('Bearer rw_unknown_token'));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ level: 'debug', extra: { subject: 'changsha-li', credential: 'id-token' } });
    const text = JSON.stringify(lines);
    for (const secret of [jwt, expired, 'rw_demo_regulator_changsha', 'rw_unknown_token']) {
      expect(text).not.toContain(secret);
    }
    for (const part of [...jwt.split('.'), ...expired.split('.')]) expect(text).not.toContain(part);
  });
});

describe('authorizer configuration', () => {
  const table = { TABLE_NAME: 'recruitwatch' };
  it('reads the user pool and its console client together, or neither', () => {
    expect(loadAuthorizerConfig(table)).toEqual({ tableName: 'recruitwatch' });
    expect(
      loadAuthorizerConfig({ ...table, [AUTH_ENV.userPoolId]: USER_POOL_ID, [AUTH_ENV.userPoolClientId]: CLIENT_ID }),
    ).toEqual({ tableName: 'recruitwatch', userPool: { userPoolId: USER_POOL_ID, clientId: CLIENT_ID } });
    expect(() => loadAuthorizerConfig({ ...table, [AUTH_ENV.userPoolId]: USER_POOL_ID })).toThrow(/go together/);
    expect(() =>
      loadAuthorizerConfig({ ...table, [AUTH_ENV.userPoolId]: 'not a pool', [AUTH_ENV.userPoolClientId]: CLIENT_ID }),
    ).toThrow(/user pool id/);
  });
});

describe('Cognito ID-token verifier', () => {
  it('says why a token is invalid in words fit for logs, and fetches nothing for an unknown key', async () => {
    const claims = idTokenClaims('changsha-li', ['region-430100']);
    const reasons: Record<string, string> = {};
    const cases = {
      expired: signJwt(key, { ...claims, exp: claims.iat - 60, iat: claims.iat - 3660 }),
      'wrong-client': signJwt(key, { ...claims, aud: 'someotherclient' }),
      'not-an-id-token': signJwt(key, { ...claims, token_use: 'access', client_id: CLIENT_ID }),
      'bad-signature': signJwt(testKey(key.kid), claims),
      'unknown-key': signJwt(key, claims, 'no-such-key'),
    };
    for (const [reason, jwt] of Object.entries(cases)) {
      await verifier.verify(jwt).catch((err: unknown) => {
        reasons[reason] = err instanceof InvalidIdTokenError ? err.reason : String(err);
      });
    }
    expect(reasons).toEqual(Object.fromEntries(Object.keys(cases).map((r) => [r, r])));
  });
});
