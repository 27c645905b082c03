/**
 * Every API route, registered explicitly. Add a route by importing it here and appending it to ROUTES
 * (review routes: import their array and spread it in).
 */
import type { ApiDeps } from '#functions/api/deps.ts';
import { getAdResult } from '#functions/api/routes/ad-result.ts';
import { postCheck } from '#functions/api/routes/check.ts';
import { postFeed } from '#functions/api/routes/feeds.ts';
import { REVIEW_ROUTES } from '#functions/api/routes/review.ts';
import type { Route } from '#shared/pipeline/http/router.ts';

export const ROUTES: readonly Route<ApiDeps>[] = [postFeed, postCheck, getAdResult, ...REVIEW_ROUTES];
