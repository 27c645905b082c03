/**
 * `GET /v1/alerts`: the alerts the local stack received, newest first, for regulators only and only
 * within their region scope. `?limit=` (1–500, default 100) and `?since=` (ISO time) narrow it.
 */
import { bearerToken } from '#shared/pipeline/auth.ts';
import type { Principal } from '#shared/pipeline/ports.ts';
import { inScope } from '#shared/pipeline/scope.ts';
import { alertRegion, type LocalAlert } from '#shared/local/alert-sinks.ts';

export interface JsonReply {
  status: number;
  body: unknown;
}

const error = (status: number, code: string, message: string): JsonReply => ({
  status,
  body: { error: { code, message } },
});

export async function alertsRoute(
  authorization: string | undefined,
  query: URLSearchParams,
  resolve: (token: string) => Promise<Principal | undefined>,
  alerts: readonly LocalAlert[],
): Promise<JsonReply> {
  const token = bearerToken(authorization);
  const principal = token ? await resolve(token) : undefined;
  if (!principal) return error(401, 'unauthorized', 'missing or invalid credentials');
  if (principal.kind !== 'regulator') return error(403, 'forbidden', 'alerts are for regulators');
  const limitText = query.get('limit') ?? '100';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 500) return error(400, 'bad_request', 'limit must be 1–500');
  const since = query.get('since');
  if (since !== null && Number.isNaN(Date.parse(since))) return error(400, 'bad_request', 'since must be an ISO time');
  const items = alerts
    .filter((a) => inScope(principal, alertRegion(a)))
    .filter((a) => since === null || a.createdAt > since)
    .slice(0, limit);
  return { status: 200, body: { alerts: items, count: items.length } };
}
