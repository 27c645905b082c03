import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AdInput, validateAd } from '#shared/feed/schema.ts';
import { AdDocument } from '#shared/text/document.ts';
import { ALL_CUES, CUE_PHRASES } from '#shared/model/cues.ts';
import { structuralFeatures } from '#shared/model/structure.ts';
import { scanTokens } from '#shared/model/text-tokens.ts';
import { makeCorpus } from '../../bench/corpus.ts';

const file = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const fromJsonl = (p: string): unknown[] =>
  readFileSync(file(p), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { ad: unknown }).ad);
const toDoc = (a: unknown) => {
  const v = validateAd(a);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return new AdDocument(v.ad);
};
const gated = (d: AdDocument) => structuralFeatures(d, scanTokens(d, false).cues);
const full = (d: AdDocument) => structuralFeatures(d, ALL_CUES);

describe('wording cues gated by the token scan', () => {
  it('give exactly the features of the full patterns on real and generated ads', () => {
    const ads = [
      ...fromJsonl('../../../shared/data/dev-set.jsonl'),
      ...fromJsonl('../../../shared/data/emscad-train.jsonl'),
      ...fromJsonl('../../../shared/data/orfd-train.jsonl'),
      ...fromJsonl('../../shared/model/data/own-zh.jsonl'),
      ...fromJsonl('../../shared/model/data/own-en.jsonl'),
      ...makeCorpus(500, 11),
    ];
    let withCues = 0;
    let skipped = 0;
    for (const a of ads) {
      const d = toDoc(a);
      if (scanTokens(d).cues === 0) skipped++;
      const g = gated(d);
      expect(g).toEqual(full(d));
      if (g.some((f) => ['s:urgency', 's:easy-money', 's:im-in-text'].includes(f.name))) withCues++;
    }
    expect(withCues).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(ads.length / 4); // the gate saves work on many ads
  });

  it('find every cue phrase in every context its pattern can match', () => {
    const contexts = [
      (p: string) => p,
      (p: string) => `岗位${p}，加入我们`,
      (p: string) => `job ${p} now`,
      (p: string) => `non-${p}`,
      (p: string) => `we're ${p.toUpperCase()}!`,
      (p: string) => `x${p}`,
      (p: string) => `3${p}`,
      (p: string) => `_${p}`,
      (p: string) => `${p}s 123456`,
      (p: string) => `${p}：abc12345`,
      (p: string) => `${p}8月入3万`,
    ];
    let fired = 0;
    for (const p of CUE_PHRASES) {
      for (const ctx of contexts) {
        for (const language of ['zh', 'en'] as const) {
          for (const field of ['title', 'description', 'benefits'] as const) {
            const ad: AdInput = { platform: 't', adId: 'c', title: '招聘', description: 'x', language };
            ad[field] = ctx(p);
            const d = toDoc(ad);
            const g = gated(d);
            expect(g, `${language} ${field}: ${ctx(p)}`).toEqual(full(d));
            if (g.some((f) => f.span)) fired++;
          }
        }
      }
    }
    expect(fired).toBeGreaterThan(CUE_PHRASES.length * 10);
  });
});
