/**
 * Verifies Cognito ID tokens with aws-jwt-verify: RS256 signature against the user pool's JWKS (fetched
 * from cognito-idp on first use and cached per warm instance), issuer, expiry, `token_use: id` and the
 * console's app client as audience. Tests hand the verifier a JWKS (`cacheJwks`) so nothing is fetched.
 */
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  FetchError,
  JwtBaseError,
  JwtExpiredError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  JwtParseError,
  KidNotFoundInJwksError,
  WaitPeriodNotYetEndedJwkError,
} from 'aws-jwt-verify/error';
import { type Jwks, SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { type IdTokenVerifier, InvalidIdTokenError } from '#shared/pipeline/id-token-auth.ts';

export interface CognitoIdTokenVerifierOptions {
  userPoolId: string;
  clientId: string;
  /** Keys to use instead of fetching the pool's JWKS (tests): never fetched, even for an unknown key id. */
  jwks?: Jwks;
}

export class CognitoIdTokenVerifier implements IdTokenVerifier {
  private readonly verifier;

  constructor(options: CognitoIdTokenVerifierOptions) {
    const props = { userPoolId: options.userPoolId, clientId: options.clientId, tokenUse: 'id' as const };
    const { jwks } = options;
    if (jwks) {
      const bytes = new TextEncoder().encode(JSON.stringify(jwks));
      const jwksCache = new SimpleJwksCache({ fetcher: { fetch: async () => bytes.buffer } });
      this.verifier = CognitoJwtVerifier.create(props, { jwksCache });
      this.verifier.cacheJwks(jwks);
    } else {
      this.verifier = CognitoJwtVerifier.create(props);
    }
  }

  async verify(jwt: string): Promise<Readonly<Record<string, unknown>>> {
    try {
      return await this.verifier.verify(jwt);
    } catch (err) {
      // the pool's keys could not be fetched: an outage, not a bad token
      if (err instanceof FetchError || !(err instanceof JwtBaseError)) throw err;
      throw new InvalidIdTokenError(reasonOf(err), { cause: err });
    }
  }
}

/** A short reason for logs (bundles are minified: class names are not readable there). */
const REASONS: [new (...args: never[]) => JwtBaseError, string][] = [
  [JwtExpiredError, 'expired'],
  [JwtNotBeforeError, 'not-yet-valid'],
  [JwtInvalidSignatureError, 'bad-signature'],
  [KidNotFoundInJwksError, 'unknown-key'],
  // an unknown key id refetches the JWKS at most every 10 s; in between it is refused at once
  [WaitPeriodNotYetEndedJwkError, 'unknown-key'],
  [JwtInvalidIssuerError, 'wrong-issuer'],
  [CognitoJwtInvalidClientIdError, 'wrong-client'],
  [CognitoJwtInvalidTokenUseError, 'not-an-id-token'],
  [JwtParseError, 'malformed'],
];

function reasonOf(err: JwtBaseError): string {
  return REASONS.find(([type]) => err instanceof type)?.[1] ?? 'invalid';
}
