/**
 * The HTTP API's Lambda authorizer (simple responses): `Authorization: Bearer <token>` → the principal,
 * passed to the API function as `context.principal` (JSON). API Gateway caches the answer per token.
 */
import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { bearerToken } from '#shared/pipeline/auth.ts';
import type { Authenticator } from '#shared/pipeline/http/router.ts';

export type AuthorizerResult = APIGatewaySimpleAuthorizerWithContextResult<{ principal: string; kind: string }>;

const DENY: AuthorizerResult = { isAuthorized: false, context: { principal: '', kind: '' } };

export function createAuthorizer(auth: Authenticator) {
  return async (event: APIGatewayRequestAuthorizerEventV2): Promise<AuthorizerResult> => {
    const token = bearerToken(event.headers?.authorization ?? event.identitySource?.[0]);
    if (!token) return DENY;
    const principal = await auth.resolve(token);
    if (!principal) return DENY;
    return { isAuthorized: true, context: { principal: JSON.stringify(principal), kind: principal.kind } };
  };
}
