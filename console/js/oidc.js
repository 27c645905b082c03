/**
 * Sign-in through the Cognito user pool's hosted UI (AWS): OAuth 2.0 authorization code flow with PKCE
 * (RFC 7636, S256) for a public client. The console learns the pool from `config.json`, which the CDK
 * stack writes next to the console's files (infra/user-pool.ts); the local stack ships a `config.json`
 * that asks for token sign-in. The verifier and state live in sessionStorage only until the code is
 * exchanged; the ID token the token endpoint returns is what the API's authorizer verifies.
 * Pure functions with their I/O passed in, so Node tests run them (test/browser/oidc.test.ts).
 */

/** @typedef {{ kind: 'cognito', domain: string, clientId: string, redirectUri: string }} CognitoConfig */
/** @typedef {{ kind: 'token', demo: boolean }} TokenConfig */
/** @typedef {CognitoConfig | TokenConfig} AuthConfig */
/** @typedef {{ getItem(k: string): string|null, setItem(k: string, v: string): void, removeItem(k: string): void }} KeyValueStore */

export const PENDING_KEY = 'rw.oidc.pending';
const SCOPES = 'openid email profile';

/** Why a hosted-UI sign-in could not complete; `key` is the i18n message. */
export class SignInError extends Error {
  /** @param {string} key @param {string} message */
  constructor(key, message) {
    super(message);
    this.name = 'SignInError';
    this.key = key;
  }
}

const HTTPS_URL = /^https:\/\/[a-z0-9.-]+(:\d+)?(\/[\w\-./]*)?$/i;
// Cognito accepts plain http callbacks only on the loopback host (a console run locally against a pool)
const LOOPBACK_URL = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/[\w\-./]*)?$/;

/**
 * The sign-in configuration from config.json, or null when it is missing or not one we understand.
 * @param {unknown} json
 * @returns {AuthConfig | null}
 */
export function parseAuthConfig(json) {
  const auth = /** @type {any} */ (json)?.auth;
  if (!auth || typeof auth !== 'object') return null;
  if (auth.kind === 'token') return { kind: 'token', demo: auth.demo === true };
  if (auth.kind !== 'cognito') return null;
  const { domain, clientId, redirectUri } = auth;
  if (typeof domain !== 'string' || !HTTPS_URL.test(domain)) return null;
  if (typeof redirectUri !== 'string' || !(HTTPS_URL.test(redirectUri) || LOOPBACK_URL.test(redirectUri))) return null;
  if (typeof clientId !== 'string' || !/^[\w+]{1,128}$/.test(clientId)) return null;
  return { kind: 'cognito', domain: domain.replace(/\/$/, ''), clientId, redirectUri };
}

/**
 * config.json next to the console; null when absent or unreadable (then: token sign-in, no demo hint).
 * @param {typeof fetch} fetchFn
 * @returns {Promise<AuthConfig | null>}
 */
export async function loadAuthConfig(fetchFn) {
  try {
    const res = await fetchFn('config.json', { cache: 'no-store' });
    return res.ok ? parseAuthConfig(await res.json()) : null;
  } catch {
    return null;
  }
}

/** @param {Uint8Array} bytes */
const base64url = (bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A random base64url string of `bytes` random bytes (32 → 43 characters, a valid PKCE verifier). */
export function randomString(bytes = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The S256 code challenge of a verifier. @param {string} verifier */
export async function pkceChallenge(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/**
 * The hosted UI's authorize URL.
 * @param {CognitoConfig} cfg
 * @param {{ state: string, challenge: string }} p
 */
export function authorizeUrl(cfg, { state, challenge }) {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: cfg.clientId,
    redirect_uri: cfg.redirectUri,
    scope: SCOPES,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${cfg.domain}/oauth2/authorize?${q}`;
}

/** The hosted UI's sign-out URL (ends its session cookie, then returns to the console). @param {CognitoConfig} cfg */
export function logoutUrl(cfg) {
  return `${cfg.domain}/logout?${new URLSearchParams({ client_id: cfg.clientId, logout_uri: cfg.redirectUri })}`;
}

/**
 * What the hosted UI sent back in the console URL's query, or null when this is no callback.
 * @param {string} search
 * @returns {{ code: string, state: string } | { error: string } | null}
 */
export function callbackFrom(search) {
  const q = new URLSearchParams(search);
  const error = q.get('error');
  if (error) return { error };
  const code = q.get('code');
  const state = q.get('state');
  return code && state ? { code, state } : null;
}

/**
 * Starts a sign-in: remembers a fresh verifier and state, then goes to the hosted UI.
 * @param {CognitoConfig} cfg
 * @param {KeyValueStore} storage
 * @param {(url: string) => void} navigate
 */
export async function beginSignIn(cfg, storage, navigate) {
  const verifier = randomString(32);
  const state = randomString(16);
  storage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  navigate(authorizeUrl(cfg, { state, challenge: await pkceChallenge(verifier) }));
}

/**
 * Finishes a sign-in on the hosted UI's redirect: checks the state, exchanges the code (with the
 * verifier) for tokens, and returns the ID token. The pending verifier is used once, whatever happens.
 * @param {CognitoConfig} cfg
 * @param {{ code: string, state: string }} callback
 * @param {KeyValueStore} storage
 * @param {typeof fetch} fetchFn
 * @returns {Promise<string>}
 */
export async function completeSignIn(cfg, callback, storage, fetchFn) {
  const raw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  /** @type {{ verifier?: unknown, state?: unknown }} */
  let pending = {};
  try {
    pending = raw ? JSON.parse(raw) : {};
  } catch {
    pending = {};
  }
  if (typeof pending.verifier !== 'string' || pending.state !== callback.state) {
    throw new SignInError('signin.failed', 'state does not match a sign-in started here');
  }
  const res = await fetchFn(`${cfg.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: cfg.clientId,
      code: callback.code,
      redirect_uri: cfg.redirectUri,
      code_verifier: pending.verifier,
    }).toString(),
  });
  const body = res.ok ? await res.json().catch(() => null) : null;
  if (!body || typeof body.id_token !== 'string') {
    throw new SignInError('signin.failed', `token endpoint answered ${res.status}`);
  }
  return body.id_token;
}
