/**
 * GET /v1/ads/{adId}/result: the latest result of one of the caller's own ads (404 for any other), with
 * other platforms' ad ids in cross-ad signal findings replaced (shared/pipeline/result-view.ts).
 */
import type { ApiDeps } from '#functions/api/deps.ts';
import { ForbiddenError, NotFoundError } from '#shared/pipeline/http/errors.ts';
import { json } from '#shared/pipeline/http/response.ts';
import type { Route } from '#shared/pipeline/http/router.ts';
import { platformView } from '#shared/pipeline/result-view.ts';

export const getAdResult: Route<ApiDeps> = {
  method: 'GET',
  path: '/v1/ads/{adId}/result',
  allow: ['platform'],
  async handle(req, deps) {
    if (req.principal.kind !== 'platform') throw new ForbiddenError();
    const adId = req.params.adId ?? '';
    // the key includes the caller's platform: another platform's ad is simply not found
    const result = await deps.results.getResult(req.principal.platform, adId);
    if (!result) throw new NotFoundError(`no result for ad ${adId} yet`);
    // other platforms' ad ids in cross-ad signal findings are for regulators only
    return json(200, platformView(result, req.principal.platform));
  },
};
