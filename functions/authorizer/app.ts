/**
 * The HTTP API's Lambda authorizer (simple responses). `Authorization: Bearer <credential>`, where the
 * credential is a platform or regulator API token or a regulator's Cognito ID token → the principal,
 * passed to the API function as `context.principal` (JSON).
 *
 * It never denies: a denial would become API Gateway's own `403 {"message":"Forbidden"}`. A request with
 * no, malformed or unknown credentials goes through with an EMPTY principal, and the API's router answers
 * 401 in the project's error shape (shared/pipeline/http/router.ts): behind this authorizer, a request
 * without a principal never reaches a route. The stack gives the authorizer no identity source (so it runs
 * even without an Authorization header) and therefore no result cache.
 */
import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { bearerToken } from '#shared/pipeline/auth.ts';
import type { Authenticator } from '#shared/pipeline/http/router.ts';
import { CredentialAuthenticator } from '#shared/pipeline/id-token-auth.ts';

export type AuthorizerResult = APIGatewaySimpleAuthorizerWithContextResult<{ principal: string; kind: string }>;

/** Ids and outcomes only: never a token or a claim value other than the principal's subject. */
export interface AuthorizerLogger {
  info(message: string, extra: Record<string, unknown>): void;
  debug(message: string, extra: Record<string, unknown>): void;
}

/** No principal: the router answers 401. */
export const NO_PRINCIPAL: AuthorizerResult = { isAuthorized: true, context: { principal: '', kind: '' } };

export function createAuthorizer(auth: Authenticator, logger: AuthorizerLogger) {
  return async (event: APIGatewayRequestAuthorizerEventV2): Promise<AuthorizerResult> => {
    const requestId = event.requestContext?.requestId;
    const header = event.headers?.authorization;
    const token = bearerToken(header);
    if (!token) {
      logger.info('unauthenticated', { requestId, credential: header ? 'malformed' : 'none' });
      return NO_PRINCIPAL;
    }
    const credential = CredentialAuthenticator.kindOf(token);
    const principal = await auth.resolve(token);
    if (!principal) {
      logger.info('unauthenticated', { requestId, credential });
      return NO_PRINCIPAL;
    }
    logger.debug('authenticated', { requestId, credential, kind: principal.kind, subject: principal.subject });
    return { isAuthorized: true, context: { principal: JSON.stringify(principal), kind: principal.kind } };
  };
}
