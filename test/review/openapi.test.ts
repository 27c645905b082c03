/** Every review route is in docs/openapi.json (tag `review`) with its method, and no other route has that tag. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REVIEW_ROUTES } from '#functions/api/routes/review.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses: Record<string, { description?: string }>;
}
const text = readFileSync('docs/openapi.json', 'utf8');
const doc = JSON.parse(text) as { paths: Record<string, Record<string, Operation>> };
const operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, op })),
);
const review = operations.filter(({ op }) => op.tags?.includes('review'));

describe('docs/openapi.json: review routes', () => {
  it('documents exactly the review routes under the review tag', () => {
    expect(review.map((r) => r.key).sort()).toEqual(REVIEW_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('names an operationId per operation and the statuses the routes answer', () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    expect(review.every(({ op }) => typeof op.operationId === 'string')).toBe(true);
    expect(Object.keys(doc.paths['/v1/cases/{caseId}/decisions']?.post?.responses ?? {})).toContain('409');
    expect(doc.paths['/v1/cases/export.csv']?.get?.summary).toMatch(/UTF-8 with BOM/);
  });
});
