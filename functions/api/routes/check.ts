/** POST /v1/check: one ad screened synchronously and not stored, so platforms can check before publishing. */
import type { ApiDeps } from '#functions/api/deps.ts';
import { checkRecord } from '#shared/pipeline/ingest/feed.ts';
import { BadRequestError, ForbiddenError, PayloadTooLargeError } from '#shared/pipeline/http/errors.ts';
import { json } from '#shared/pipeline/http/response.ts';
import type { Route } from '#shared/pipeline/http/router.ts';
import { FEED_LIMITS } from '#shared/pipeline/resources.ts';

export const postCheck: Route<ApiDeps> = {
  method: 'POST',
  path: '/v1/check',
  allow: ['platform'],
  async handle(req, deps) {
    if (req.principal.kind !== 'platform') throw new ForbiddenError();
    if (req.bodyBytes > FEED_LIMITS.maxMessageBytes) {
      throw new PayloadTooLargeError(`an ad may hold at most ${FEED_LIMITS.maxMessageBytes} bytes`);
    }
    let value: unknown;
    try {
      value = JSON.parse(req.body);
    } catch (err) {
      throw new BadRequestError('body is not valid JSON', undefined, { cause: err });
    }
    const checked = checkRecord(req.principal.platform, value);
    if (!checked.ok) throw new BadRequestError('the ad is not valid', { errors: checked.errors });
    const result = deps.engine.screen(checked.ad);
    return json(200, { flagged: result.findings.length > 0, result, warnings: checked.warnings });
  },
};
