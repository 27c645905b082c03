/**
 * Lambda entry of the HTTP API: configuration (and the review cursor secret) read once at cold start, then
 * every request routed through the API function's middy chain (createApiFunction in functions/api/app.ts).
 */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { createApiFunction } from '#functions/api/app.ts';
import { buildApiDeps } from '#functions/api/deps.ts';
import { createLogger, createMetrics } from '#functions/common/observability.ts';
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
const api = createApiFunction(deps, auth, logger, metrics);

export const handler = (event: APIGatewayProxyEventV2, context?: Context): Promise<ApiResponse> => api(event, context);
