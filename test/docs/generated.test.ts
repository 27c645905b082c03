import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, rulesMarkdown } from '#shared/docs/generate.ts';
import { ALL_RULES } from '#shared/rules/index.ts';

describe('generated docs are current (run `npm run docs` after changing rules or the feed schema)', () => {
  it('docs/rules.md lists every rule', () => {
    const committed = readFileSync('docs/rules.md', 'utf8');
    for (const r of ALL_RULES) expect(committed).toContain(`## ${r.meta.id}`);
    expect(committed).toBe(rulesMarkdown());
  });
  it('docs/feed.schema.json matches the zod schema', () => {
    const committed = readFileSync('docs/feed.schema.json', 'utf8');
    expect(committed).toBe(feedJsonSchema());
    const schema = JSON.parse(committed) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['platform', 'adId', 'title', 'description']));
  });
});
