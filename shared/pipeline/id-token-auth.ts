/**
 * Regulators who sign in to the console on AWS carry an ID token (JWT) of the stack's Cognito user pool
 * instead of an API token. The token is verified by an {@link IdTokenVerifier} (signature, issuer, expiry,
 * `token_use: id`, audience = the console's app client) and its claims become the same regulator
 * principal an API token resolves to:
 *
 * - `subject` is `cognito:username` (immutable in a user pool), which the audit trail records;
 * - jurisdictions come from GROUPS, which only an administrator can change (AdminAddUserToGroup):
 *   `region-<code>` for each region code (a prefix, as in shared/pipeline/scope.ts), `regions-all` for
 *   every jurisdiction. A user in no such group is no regulator: no principal (401).
 *
 * Groups rather than a custom attribute: a user can rewrite their own custom attributes with their access
 * token unless every app client's write permissions exclude them; group membership has no such path.
 */
import type { Authenticator } from '#shared/pipeline/http/router.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { PrincipalSchema } from '#shared/pipeline/auth.ts';

export const REGION_GROUP_PREFIX = 'region-';
export const ALL_REGIONS_GROUP = 'regions-all';

/** The token is not a valid ID token of this user pool and client (bad signature, expired, wrong audience…). */
export class InvalidIdTokenError extends Error {
  /** The verifier's reason, e.g. `JwtExpiredError`: an error class name, never token content. */
  readonly reason: string;
  constructor(reason: string, options?: ErrorOptions) {
    super(`invalid ID token: ${reason}`, options);
    this.name = new.target.name;
    this.reason = reason;
  }
}

export interface IdTokenVerifier {
  /**
   * The verified claims. Throws InvalidIdTokenError for a token that is not valid; any other error
   * (e.g. the user pool's keys could not be fetched) propagates.
   */
  verify(jwt: string): Promise<Readonly<Record<string, unknown>>>;
}

/** Three base64url segments, header and payload JSON objects (`eyJ` = `{"`): an ID token, not an API token. */
export const looksLikeJwt = (token: string): boolean => /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(token);

/** The regulator principal for verified ID-token claims, or undefined when the user has no region group. */
export function principalFromClaims(claims: Readonly<Record<string, unknown>>): Principal | undefined {
  const username = claims['cognito:username'];
  const groups = claims['cognito:groups'];
  if (typeof username !== 'string' || !Array.isArray(groups)) return undefined;
  const names = groups.filter((g): g is string => typeof g === 'string');
  const regions = names.includes(ALL_REGIONS_GROUP)
    ? '*'
    : [
        ...new Set(
          names.filter((g) => g.startsWith(REGION_GROUP_PREFIX)).map((g) => g.slice(REGION_GROUP_PREFIX.length)),
        ),
      ].sort();
  const parsed = PrincipalSchema.safeParse({ kind: 'regulator', regions, subject: username });
  return parsed.success ? parsed.data : undefined;
}

export class IdTokenAuthenticator implements Authenticator {
  private readonly verifier: IdTokenVerifier;

  constructor(verifier: IdTokenVerifier) {
    this.verifier = verifier;
  }

  async resolve(token: string): Promise<Principal | undefined> {
    try {
      return principalFromClaims(await this.verifier.verify(token));
    } catch (err) {
      if (err instanceof InvalidIdTokenError) return undefined;
      throw err;
    }
  }
}

/**
 * API tokens and ID tokens behind one Authenticator: a JWT goes to the ID-token authenticator (none
 * configured, e.g. locally: no principal), anything else to the API-token one.
 */
export class CredentialAuthenticator implements Authenticator {
  private readonly apiTokens: Authenticator;
  private readonly idTokens: Authenticator | undefined;

  constructor(apiTokens: Authenticator, idTokens?: Authenticator) {
    this.apiTokens = apiTokens;
    this.idTokens = idTokens;
  }

  /** Which kind of credential a token is, for logs. */
  static kindOf(token: string): 'id-token' | 'api-token' {
    return looksLikeJwt(token) ? 'id-token' : 'api-token';
  }

  async resolve(token: string): Promise<Principal | undefined> {
    if (!looksLikeJwt(token)) return this.apiTokens.resolve(token);
    return this.idTokens ? this.idTokens.resolve(token) : undefined;
  }
}
