/** Types of oidc.js for the Node tests that import it. */
export interface CognitoConfig {
  kind: 'cognito';
  domain: string;
  clientId: string;
  redirectUri: string;
}
export interface TokenConfig {
  kind: 'token';
  demo: boolean;
}
export type AuthConfig = CognitoConfig | TokenConfig;
export interface KeyValueStore {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}
type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
export const PENDING_KEY: string;
export class SignInError extends Error {
  key: string;
  constructor(key: string, message: string);
}
export function parseAuthConfig(json: unknown): AuthConfig | null;
export function loadAuthConfig(fetchFn: Fetch): Promise<AuthConfig | null>;
export function randomString(bytes?: number): string;
export function pkceChallenge(verifier: string): Promise<string>;
export function authorizeUrl(cfg: CognitoConfig, p: { state: string; challenge: string }): string;
export function logoutUrl(cfg: CognitoConfig): string;
export function callbackFrom(search: string): { code: string; state: string } | { error: string } | null;
export function beginSignIn(cfg: CognitoConfig, storage: KeyValueStore, navigate: (url: string) => void): Promise<void>;
export function completeSignIn(
  cfg: CognitoConfig,
  callback: { code: string; state: string },
  storage: KeyValueStore,
  fetchFn: Fetch,
): Promise<string>;
