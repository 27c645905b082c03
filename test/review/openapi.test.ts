/** Every review route is in docs/openapi-review.yaml with its method, and nothing else is. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REVIEW_ROUTES } from '#functions/api/routes/review.ts';

const doc = readFileSync('docs/openapi-review.yaml', 'utf8');

/** `METHOD path` for every operation under `paths:` (two-space path keys, four-space method keys). */
function documented(): string[] {
  const section = doc.slice(doc.indexOf('\npaths:'), doc.indexOf('\ncomponents:'));
  const out: string[] = [];
  let path = '';
  for (const line of section.split('\n')) {
    const p = /^ {2}(\/\S+):$/.exec(line);
    if (p?.[1]) path = p[1];
    const m = /^ {4}(get|post|put|patch|delete):$/.exec(line);
    if (m?.[1]) out.push(`${m[1].toUpperCase()} ${path}`);
  }
  return out.sort();
}

describe('docs/openapi-review.yaml', () => {
  it('documents exactly the review routes', () => {
    expect(documented()).toEqual(REVIEW_ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('names an operationId per operation and the statuses the routes answer', () => {
    expect(doc.match(/operationId:/g)).toHaveLength(REVIEW_ROUTES.length);
    expect(doc).toContain("'409':");
    expect(doc).toMatch(/UTF-8 with BOM/);
  });
});
