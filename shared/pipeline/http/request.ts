/** The parts of an API Gateway v2 event a route needs, decoded once. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { parsePrincipal } from '#shared/pipeline/auth.ts';
import type { Principal } from '#shared/pipeline/ports.ts';

export interface ApiRequest {
  method: string;
  path: string;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  /** Raw body bytes as UTF-8 text ('' when none). */
  body: string;
  /** Body size in bytes, before decoding. */
  bodyBytes: number;
  requestId: string;
  /** The principal the API Gateway Lambda authorizer resolved (absent when no authorizer ran, e.g. locally). */
  authorizerPrincipal?: Principal;
  /**
   * True when API Gateway's Lambda authorizer ran for this request (on AWS, always). Then its principal is
   * the only one: without it the request is unauthenticated, whatever headers it carries.
   */
  viaAuthorizer?: boolean;
}

export interface RouteRequest extends ApiRequest {
  params: Readonly<Record<string, string>>;
  principal: Principal;
}

export function toApiRequest(event: APIGatewayProxyEventV2): ApiRequest {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = v;
  const query: Record<string, string> = {};
  for (const [k, v] of Object.entries(event.queryStringParameters ?? {})) if (v !== undefined) query[k] = v;
  const raw = event.body ?? '';
  const buf = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  const authorizer = (event.requestContext as { authorizer?: { lambda?: Record<string, unknown> } } | undefined)
    ?.authorizer;
  const authorizerPrincipal = parsePrincipal(authorizer?.lambda?.principal);
  const req: ApiRequest = {
    method: (event.requestContext?.http?.method ?? 'GET').toUpperCase(),
    path: event.rawPath || event.requestContext?.http?.path || '/',
    headers,
    query,
    body: buf.toString('utf8'),
    bodyBytes: buf.byteLength,
    requestId: event.requestContext?.requestId ?? 'local',
  };
  if (authorizer?.lambda && typeof authorizer.lambda === 'object') req.viaAuthorizer = true;
  if (authorizerPrincipal) req.authorizerPrincipal = authorizerPrincipal;
  return req;
}
