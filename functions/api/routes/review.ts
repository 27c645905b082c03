/**
 * The regulators' review routes. Each only wires: parse, call the ReviewService (which enforces scope),
 * answer. Platforms get 403 from the router (`allow: ['regulator']`); the service checks again.
 */
import type { ApiDeps } from '#functions/api/deps.ts';
import { BadRequestError } from '#shared/pipeline/http/errors.ts';
import { json } from '#shared/pipeline/http/response.ts';
import type { Route } from '#shared/pipeline/http/router.ts';
import { asHttpError } from '#functions/api/routes/review-errors.ts';

type ReviewRoute = Route<ApiDeps>;
const allow = ['regulator'] as const;

/** Runs a route body, turning review errors into the router's HTTP errors. */
const guarded =
  (fn: ReviewRoute['handle']): ReviewRoute['handle'] =>
  async (req, deps) => {
    try {
      return await fn(req, deps);
    } catch (err) {
      throw asHttpError(err);
    }
  };

export const getReviewMe: ReviewRoute = {
  method: 'GET',
  path: '/v1/review/me',
  allow,
  handle: guarded(async (req, deps) => json(200, deps.review.whoAmI(req.principal))),
};

export const listCases: ReviewRoute = {
  method: 'GET',
  path: '/v1/cases',
  allow,
  handle: guarded(async (req, deps) => json(200, await deps.review.listCases(req.principal, req.query))),
};

export const exportCases: ReviewRoute = {
  method: 'GET',
  path: '/v1/cases/export.csv',
  allow,
  handle: guarded(async (req, deps) => {
    const { csv, rows, truncated, day } = await deps.review.exportCsv(req.principal, req.query);
    return {
      statusCode: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="recruitwatch-cases-${day}.csv"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        'x-row-count': String(rows),
        'x-truncated': String(truncated),
      },
      body: csv,
    };
  }),
};

export const getCase: ReviewRoute = {
  method: 'GET',
  path: '/v1/cases/{caseId}',
  allow,
  handle: guarded(async (req, deps) => json(200, await deps.review.getCase(req.principal, req.params.caseId ?? ''))),
};

export const postDecision: ReviewRoute = {
  method: 'POST',
  path: '/v1/cases/{caseId}/decisions',
  allow,
  handle: guarded(async (req, deps) => {
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch (err) {
      throw new BadRequestError('body is not valid JSON', undefined, { cause: err });
    }
    return json(200, await deps.review.decide(req.principal, req.params.caseId ?? '', body));
  }),
};

export const getStats: ReviewRoute = {
  method: 'GET',
  path: '/v1/stats',
  allow,
  handle: guarded(async (req, deps) => json(200, await deps.review.stats(req.principal, req.query))),
};

/** In match order: the literal export path before `{caseId}`. */
export const REVIEW_ROUTES: readonly ReviewRoute[] = [
  getReviewMe,
  listCases,
  exportCases,
  getCase,
  postDecision,
  getStats,
];
