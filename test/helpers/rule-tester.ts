/**
 * valid/invalid tables for one rule, in the style of typescript-eslint's RuleTester.
 * A case is an ad text (put in `description`) or a partial ad; an invalid case lists the
 * evidence it expects by field and the ORIGINAL text of the span (before masking).
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '#shared/engine/engine.ts';
import { buildPacks } from '#shared/rules/packs.ts';
import type { Jurisdiction, Rule, ScanResult } from '#shared/engine/types.ts';
import { type AdInput, validateAd } from '#shared/feed/schema.ts';

export type AdCase = string | (Partial<AdInput> & { country?: string });

export interface InvalidCase {
  ad: AdCase;
  /** Expected evidence: each must appear among the finding's evidence (field defaults to description). */
  spans: { text: string; field?: string }[];
  /** Expected excerpt after masking, for personal-data rules. */
  excerpts?: string[];
  name?: string;
}

export function makeAd(c: AdCase, i = 0): AdInput {
  const base: AdInput = { platform: 'test', adId: `t-${i}`, title: '招聘', description: '' };
  if (typeof c === 'string') {
    const latin = (c.match(/[a-z]{2,}/gi)?.length ?? 0) > (c.match(/\p{Script=Han}/gu)?.length ?? 0);
    return {
      ...base,
      title: latin ? 'Job opening' : '招聘',
      description: c,
      location: { country: latin ? 'US' : 'CN' },
    };
  }
  const { country, ...rest } = c;
  const ad: AdInput = { ...base, description: rest.description ?? '', ...rest };
  if (country) ad.location = { ...(ad.location ?? {}), country };
  return ad;
}

export function screenWith(rule: Rule, c: AdCase, i = 0): ScanResult {
  const v = validateAd(makeAd(c, i));
  if (!v.ok) throw new Error(`bad test ad: ${JSON.stringify(v.errors)}`);
  const engine = new Engine({ packs: buildPacks([rule]) as Record<Jurisdiction, ReturnType<typeof buildPacks>['CN']> });
  return engine.screen(v.ad);
}

export function ruleTester(rule: Rule, cases: { valid: AdCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(typeof c === 'string' ? c.slice(0, 60) : (c.title ?? `valid #${i}`), () => {
          const r = screenWith(rule, c, i);
          expect(r.findings.filter((f) => f.rule === rule.meta.id)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? (typeof c.ad === 'string' ? c.ad.slice(0, 60) : `invalid #${i}`), () => {
          const ad = makeAd(c.ad, i);
          const r = screenWith(rule, c.ad, i);
          const f = r.findings.find((x) => x.rule === rule.meta.id);
          expect(f, 'expected a finding').toBeDefined();
          expect(f?.category).toBe(rule.meta.category);
          const got = (f?.evidence ?? []).map((e) => {
            const field = e.field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], ad);
            return { field: e.field, text: String(field).slice(e.start, e.end) };
          });
          for (const s of c.spans) expect(got).toContainEqual({ field: s.field ?? 'description', text: s.text });
          if (c.excerpts) expect(f?.evidence.map((e) => e.excerpt)).toEqual(expect.arrayContaining(c.excerpts));
        });
      });
    });
  });
}
