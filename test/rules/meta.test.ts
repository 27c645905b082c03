/**
 * Every rule file is registered, named after its id, documented, tested, and cites law that exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '#shared/engine/types.ts';
import { hasLegalId } from '#shared/legal/catalogue.ts';
import { ALL_RULES, RULE_GROUPS } from '#shared/rules/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KNOWN_TAG = /^(fraud\.[a-z-]+|cn\.[a-z-]+|en\.[a-z-]+|pii\.[a-z-]+|signal\.[a-z-]+)$/;

const ruleFiles = Object.keys(RULE_GROUPS).flatMap((group) =>
  readdirSync(`${root}shared/rules/${group}`)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => ({ group, id: f.replace(/\.ts$/, '') })),
);

describe('rule catalogue', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const { group, id } of ruleFiles) {
    describe(`${group}/${id}`, async () => {
      const mod = (await import(`${root}shared/rules/${group}/${id}.ts`)) as { default: Rule };
      const rule = mod.default;
      it('default-exports a rule whose id is its file name', () => {
        expect(rule.meta.id).toBe(id);
        expect(typeof rule.check).toBe('function');
      });
      it('is registered in its group index', () => {
        expect(RULE_GROUPS[group as keyof typeof RULE_GROUPS]).toContain(rule);
      });
      it('has docs: description, messages and suggestion in zh and en', () => {
        expect(rule.meta.description.length).toBeGreaterThan(20);
        for (const t of [rule.meta.message, rule.meta.suggestion]) {
          expect(t.zh.length).toBeGreaterThan(0);
          expect(t.en.length).toBeGreaterThan(0);
        }
      });
      it('cites legal basis ids that exist in the catalogue, for at least one jurisdiction', () => {
        const ids = Object.values(rule.meta.legalBasis).flat();
        expect(ids.length).toBeGreaterThan(0);
        expect(ids.filter((x) => !hasLegalId(x))).toEqual([]);
      });
      it('names known violation tags', () => {
        expect(rule.meta.tags.length).toBeGreaterThan(0);
        for (const t of rule.meta.tags) expect(t).toMatch(KNOWN_TAG);
      });
      it('has a test file mirroring its source', () => {
        expect(existsSync(`${root}test/rules/${group}/${id}.test.ts`)).toBe(true);
      });
    });
  }
});
