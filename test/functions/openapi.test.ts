import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '#functions/api/routes/index.ts';
import { REVIEW_ROUTES } from '#functions/api/routes/review.ts';

interface Operation {
  security?: unknown[];
  responses: Record<string, unknown>;
}
const doc = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, op })),
);

describe('docs/openapi.json', () => {
  it('documents every route, platform and review, and nothing else', () => {
    expect(ROUTES.filter((r) => !REVIEW_ROUTES.includes(r)).length).toBeGreaterThanOrEqual(3);
    expect(documented.map((d) => d.key).sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('names the bearer scheme and the 401/403 answers on every operation', () => {
    for (const { key, op } of documented) {
      expect(op.security, key).toEqual([{ bearer: [] }]);
      expect(Object.keys(op.responses), key).toEqual(expect.arrayContaining(['401', '403']));
    }
  });
});
