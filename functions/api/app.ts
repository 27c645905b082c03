/** The API as a function of its dependencies: what handler.ts wires for AWS and the local stack reuses. */
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { ApiDeps } from '#functions/api/deps.ts';
import { ROUTES } from '#functions/api/routes/index.ts';
import { type ApiMetricsSink, recordApiMetrics } from '#functions/common/api-metrics.ts';
import { NO_CONTEXT } from '#functions/common/observability.ts';
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

export type ApiFunction = (event: APIGatewayProxyEventV2, context?: Context) => Promise<ApiResponse>;

/**
 * The API function as Lambda runs it, and as the local stack runs it: a middy chain in which Powertools'
 * middlewares add the Lambda context to every log line and publish the request's metrics, with one log
 * line per request (ids, route and status only).
 */
export function createApiFunction(
  deps: ApiDeps,
  auth: Authenticator,
  logger: Logger,
  metrics?: Metrics,
  routes: readonly Route<ApiDeps>[] = ROUTES,
): ApiFunction {
  const app = createApiHandler(deps, auth, logger, routes, metrics);
  const route = async (event: APIGatewayProxyEventV2): Promise<ApiResponse> => {
    const response = await app(event);
    logger.info('request', {
      requestId: event.requestContext?.requestId,
      route: event.routeKey,
      status: response.statusCode,
    });
    return response;
  };
  // no early timeout: API Gateway answers 503 on a Lambda timeout either way
  const chain = middy(route, { timeoutEarlyInMillis: 0 }).use(injectLambdaContext(logger, { resetKeys: true }));
  if (metrics) chain.use(logMetrics(metrics));
  return (event, context) => chain(event, context ?? NO_CONTEXT);
}
