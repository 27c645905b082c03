/**
 * Lambda entry of the HTTP API: configuration (and the review cursor secret) read once at cold start, then
 * every request routed. A middy chain: Powertools' middlewares add the Lambda context to every log line and
 * publish the request's metrics (functions/common/api-metrics.ts).
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createApiHandler } from '#functions/api/app.ts';
import { buildApiDeps } from '#functions/api/deps.ts';
import { ROUTES } from '#functions/api/routes/index.ts';
import { createLogger, createMetrics, NO_CONTEXT } from '#functions/common/observability.ts';
import { loadApiConfig } from '#shared/pipeline/config.ts';
import { SecretsManagerSource } from '#shared/adapters/secrets/secrets-manager.ts';
import { resolveReviewConfig } from '#shared/review/config.ts';
import type { ApiResponse } from '#shared/pipeline/http/response.ts';

const logger = createLogger('recruitwatch-api');
const metrics = createMetrics('recruitwatch-api');
const apiConfig = loadApiConfig(process.env);
// the cursor secret is read once (from Secrets Manager on AWS); without one the function fails to start
const reviewConfig = await resolveReviewConfig(process.env, new SecretsManagerSource());
const { deps, auth } = buildApiDeps(apiConfig, {}, reviewConfig);
const app = createApiHandler(deps, auth, logger, ROUTES, metrics);

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
const chain = middy(route, { timeoutEarlyInMillis: 0 })
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));

export const handler = (event: APIGatewayProxyEventV2, context?: Context): Promise<ApiResponse> =>
  chain(event, context ?? NO_CONTEXT);
