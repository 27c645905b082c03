/** The console's hosted-UI sign-in logic (console/js/oidc.js): PKCE, URLs, state and the code exchange, in Node. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  beginSignIn,
  type CognitoConfig,
  callbackFrom,
  completeSignIn,
  loadAuthConfig,
  logoutUrl,
  PENDING_KEY,
  parseAuthConfig,
  pkceChallenge,
  SignInError,
} from '../../console/js/oidc.js';

const cfg: CognitoConfig = {
  kind: 'cognito',
  domain: 'https://recruitwatch-111111111111.auth.ap-east-1.amazoncognito.com',
  clientId: '4sconsoleclient0000000000a',
  redirectUri: 'https://d111111abcdef8.cloudfront.net/',
};

function memoryStore() {
  const m = new Map<string, string>();
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fn = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fn, calls };
}

describe('console sign-in configuration', () => {
  it('accepts the config the stack writes and the local one, and nothing else', () => {
    expect(parseAuthConfig({ auth: { ...cfg, domain: `${cfg.domain}/` } })).toEqual(cfg);
    expect(parseAuthConfig({ auth: { kind: 'token', demo: true } })).toEqual({ kind: 'token', demo: true });
    expect(parseAuthConfig({ auth: { kind: 'token' } })).toEqual({ kind: 'token', demo: false });
    const loopback = { ...cfg, redirectUri: 'http://127.0.0.1:3000/' };
    expect(parseAuthConfig({ auth: loopback })).toEqual(loopback);
    for (const bad of [
      null,
      {},
      { auth: { ...cfg, kind: 'saml' } },
      { auth: { ...cfg, domain: 'http://insecure.example' } },
      { auth: { ...cfg, domain: 'https://evil.example/?x=<script>' } },
      { auth: { ...cfg, redirectUri: 'javascript:alert(1)' } },
      { auth: { ...cfg, redirectUri: 'http://console.example/' } },
      { auth: { ...cfg, clientId: 'a&b=c' } },
    ]) {
      expect(parseAuthConfig(bad)).toBeNull();
    }
  });

  it('reads config.json, and falls back to null when it is missing or broken', async () => {
    const local = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../console/config.json'), 'utf8'));
    expect(await loadAuthConfig(async () => new Response(JSON.stringify(local)))).toEqual({
      kind: 'token',
      demo: true,
    });
    expect(await loadAuthConfig(async () => new Response('not found', { status: 404 }))).toBeNull();
    expect(await loadAuthConfig(async () => new Response('<html>'))).toBeNull();
    expect(
      await loadAuthConfig(async () => {
        throw new TypeError('offline');
      }),
    ).toBeNull();
  });
});

describe('hosted UI sign-in with PKCE', () => {
  it('computes the S256 challenge of RFC 7636 Appendix B', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('starts with a fresh verifier and state, remembered for the redirect', async () => {
    const store = memoryStore();
    const urls: string[] = [];
    await beginSignIn(cfg, store, (u) => urls.push(u));
    await beginSignIn(cfg, memoryStore(), (u) => urls.push(u));
    const pending = JSON.parse(store.getItem(PENDING_KEY) ?? '{}');
    expect(pending.verifier).toMatch(/^[\w-]{43}$/);
    expect(pending.state).toMatch(/^[\w-]{22}$/);
    const url = new URL(urls[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe(`${cfg.domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: cfg.clientId,
      redirect_uri: cfg.redirectUri,
      scope: 'openid email profile',
      state: pending.state,
      code_challenge: await pkceChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    expect(new URL(urls[1] ?? '').searchParams.get('state')).not.toBe(pending.state);
    expect(authorizeUrl(cfg, { state: 's', challenge: 'c' })).toContain('code_challenge=c');
  });

  it('exchanges the code with the verifier for the ID token, once', async () => {
    const store = memoryStore();
    store.setItem(PENDING_KEY, JSON.stringify({ verifier: 'v'.repeat(43), state: 'st' }));
    const { fn, calls } = fakeFetch(200, { id_token: 'eyJ.id.token', access_token: 'a', token_type: 'Bearer' });
    expect(await completeSignIn(cfg, { code: 'c0de', state: 'st' }, store, fn)).toBe('eyJ.id.token');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${cfg.domain}/oauth2/token`);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(String(calls[0]?.init?.body)))).toEqual({
      grant_type: 'authorization_code',
      client_id: cfg.clientId,
      code: 'c0de',
      redirect_uri: cfg.redirectUri,
      code_verifier: 'v'.repeat(43),
    });
    expect(store.map.size).toBe(0);
    // a replayed redirect finds no pending sign-in
    await expect(completeSignIn(cfg, { code: 'c0de', state: 'st' }, store, fn)).rejects.toBeInstanceOf(SignInError);
    expect(calls).toHaveLength(1);
  });

  it('refuses a state it did not issue without calling the token endpoint, and reports a failed exchange', async () => {
    const store = memoryStore();
    store.setItem(PENDING_KEY, JSON.stringify({ verifier: 'v'.repeat(43), state: 'st' }));
    const { fn, calls } = fakeFetch(200, { id_token: 'x' });
    await expect(completeSignIn(cfg, { code: 'c', state: 'forged' }, store, fn)).rejects.toMatchObject({
      key: 'signin.failed',
    });
    expect(calls).toHaveLength(0);
    expect(store.map.size).toBe(0);
    store.setItem(PENDING_KEY, JSON.stringify({ verifier: 'v'.repeat(43), state: 'st' }));
    const denied = fakeFetch(400, { error: 'invalid_grant' });
    await expect(completeSignIn(cfg, { code: 'c', state: 'st' }, store, denied.fn)).rejects.toBeInstanceOf(SignInError);
  });

  it('reads the redirect back and builds the sign-out URL', () => {
    expect(callbackFrom('?code=abc&state=xyz')).toEqual({ code: 'abc', state: 'xyz' });
    expect(callbackFrom('?error=access_denied&state=xyz')).toEqual({ error: 'access_denied' });
    expect(callbackFrom('')).toBeNull();
    expect(callbackFrom('?code=abc')).toBeNull();
    const out = new URL(logoutUrl(cfg));
    expect(`${out.origin}${out.pathname}`).toBe(`${cfg.domain}/logout`);
    expect(Object.fromEntries(out.searchParams)).toEqual({ client_id: cfg.clientId, logout_uri: cfg.redirectUri });
  });
});
