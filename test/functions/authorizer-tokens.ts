/**
 * Cognito-like ID tokens for tests: an RSA key pair generated here, its JWKS handed to the verifier
 * (no fetch), and tokens signed RS256 with the claims a Cognito user pool puts in an ID token.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Jwks } from 'aws-jwt-verify/jwk';

export const REGION = 'ap-east-1';
export const USER_POOL_ID = `${REGION}_TestPool1`;
export const CLIENT_ID = '4sconsoleclient0000000000a';
export const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${USER_POOL_ID}`;

export interface TestKey {
  kid: string;
  privateKey: KeyObject;
  jwks: Jwks;
}

export function testKey(kid = 'test-key-1'): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { kty: 'RSA'; n: string; e: string };
  return { kid, privateKey, jwks: { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] } };
}

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

export function signJwt(key: TestKey, payload: Record<string, unknown>, kid = key.kid): string {
  const head = `${b64({ kid, alg: 'RS256' })}.${b64(payload)}`;
  const signature = createSign('RSA-SHA256').update(head).sign(key.privateKey).toString('base64url');
  return `${head}.${signature}`;
}

/** The claims of a Cognito ID token for `username` in `groups`, valid for an hour from now. */
export function idTokenClaims(username: string, groups: string[], over: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: '7a1c2e4b-0000-4000-8000-000000000001',
    iss: ISSUER,
    aud: CLIENT_ID,
    token_use: 'id',
    'cognito:username': username,
    'cognito:groups': groups,
    email: `${username}@example.gov.cn`,
    auth_time: now,
    iat: now,
    exp: now + 3600,
    ...over,
  };
}
