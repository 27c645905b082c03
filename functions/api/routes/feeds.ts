/** POST /v1/feeds: a platform sends a feed; valid ads are queued for screening. */
import type { ApiDeps } from '#functions/api/deps.ts';
import { parseFeedBody } from '#shared/pipeline/ingest/parse.ts';
import { ForbiddenError } from '#shared/pipeline/http/errors.ts';
import { json } from '#shared/pipeline/http/response.ts';
import type { Route } from '#shared/pipeline/http/router.ts';

export const postFeed: Route<ApiDeps> = {
  method: 'POST',
  path: '/v1/feeds',
  allow: ['platform'],
  async handle(req, deps) {
    if (req.principal.kind !== 'platform') throw new ForbiddenError();
    const records = parseFeedBody(req.body, req.bodyBytes, req.headers['content-type']);
    const receipt = await deps.ingestor.ingest(req.principal.platform, records);
    return json(202, receipt);
  },
};
