/** The API as a function of its dependencies: what handler.ts wires for AWS and the local stack reuses. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ApiDeps } from '#functions/api/deps.ts';
import { ROUTES } from '#functions/api/routes/index.ts';
import { type ApiMetricsSink, recordApiMetrics } from '#functions/common/api-metrics.ts';
import { toApiRequest } from '#shared/pipeline/http/request.ts';
import type { ApiResponse } from '#shared/pipeline/http/response.ts';
import { type Authenticator, type Route, Router, type RouterLogger } from '#shared/pipeline/http/router.ts';

export type ApiHandler = (event: APIGatewayProxyEventV2) => Promise<ApiResponse>;

export function createApiHandler(
  deps: ApiDeps,
  auth: Authenticator,
  logger: RouterLogger,
  routes: readonly Route<ApiDeps>[] = ROUTES,
  metrics?: ApiMetricsSink,
): ApiHandler {
  const router = new Router(routes, deps, auth, logger);
  return async (event) => {
    const started = performance.now();
    const req = toApiRequest(event);
    const res = await router.handle(req);
    if (metrics) recordApiMetrics(metrics, req, res, performance.now() - started);
    return res;
  };
}
