/**
 * Platform and regulator API tokens. Only the SHA-256 of a token is stored (table item `KEY#<sha256>`);
 * a lookup hashes the presented token and reads that item. Results are cached per warm instance for a
 * short time, so a revoked token stops working within `ttlMs`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Authenticator } from '#shared/pipeline/http/router.ts';
import type { CredentialStore, Principal } from '#shared/pipeline/ports.ts';

const subject = z.string().min(1).max(200);
/** A principal as carried in stored credentials and in the Lambda authorizer's context. */
export const PrincipalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('platform'), platform: z.string().min(1).max(200), subject }),
  z.object({
    kind: z.literal('regulator'),
    regions: z.union([z.literal('*'), z.array(z.string().regex(/^[0-9A-Za-z-]{1,16}$/)).min(1)]),
    subject,
  }),
]);

/** Parses a principal from untrusted JSON text; undefined when it is not one. */
export function parsePrincipal(text: unknown): Principal | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const r = PrincipalSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

// API tokens are ~46 characters; Cognito ID tokens 1–2 KB, more with many groups
const BEARER = /^Bearer\s+(\S{8,8192})$/i;

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export const bearerToken = (header: string | undefined): string | undefined =>
  header ? BEARER.exec(header.trim())?.[1] : undefined;

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new random token: `rw_` + 32 bytes base64url. Show it once; store only hashToken(token). */
export const newToken = (): string => `rw_${randomBytes(32).toString('base64url')}`;

export interface TokenAuthenticatorOptions {
  ttlMs?: number;
  maxEntries?: number;
  clock?: () => number;
}

export class TokenAuthenticator implements Authenticator {
  private readonly store: CredentialStore;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;
  private readonly cache = new Map<string, { principal: Principal | undefined; until: number }>();

  constructor(store: CredentialStore, options: TokenAuthenticatorOptions = {}) {
    this.store = store;
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxEntries = options.maxEntries ?? 1_000;
    this.clock = options.clock ?? Date.now;
  }

  async resolve(token: string): Promise<Principal | undefined> {
    const hash = hashToken(token);
    const now = this.clock();
    const hit = this.cache.get(hash);
    if (hit && hit.until > now) return hit.principal;
    const principal = await this.store.findByTokenHash(hash);
    if (this.cache.size >= this.maxEntries) this.cache.clear();
    this.cache.set(hash, { principal, until: now + this.ttlMs });
    return principal;
  }
}
