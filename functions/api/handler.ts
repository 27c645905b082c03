/** Lambda entry of the HTTP API: configuration read once at cold start, then every request routed. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createApiHandler } from '#functions/api/app.ts';
import { buildApiDeps } from '#functions/api/deps.ts';
import { createLogger } from '#functions/common/observability.ts';
import { loadApiConfig } from '#shared/pipeline/config.ts';
import { loadReviewConfig } from '#shared/review/config.ts';
import type { ApiResponse } from '#shared/pipeline/http/response.ts';

const logger = createLogger('recruitwatch-api');
const { deps, auth } = buildApiDeps(loadApiConfig(process.env), {}, loadReviewConfig(process.env));
const app = createApiHandler(deps, auth, logger);

export const handler = async (event: APIGatewayProxyEventV2): Promise<ApiResponse> => {
  const response = await app(event);
  logger.info('request', {
    requestId: event.requestContext?.requestId,
    route: event.routeKey,
    status: response.statusCode,
  });
  return response;
};
