import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateAd } from '#shared/feed/schema.ts';
import { AdDocument } from '#shared/text/document.ts';
import { extractFeatures } from '#shared/model/features.ts';
import { fraudModel } from '#shared/model/fraud-model.ts';
import { LinearModel, ModelFormatError } from '#shared/model/linear-model.ts';
import { explainScore, quickScore } from '#shared/model/score.ts';
import { makeCorpus } from '../../bench/corpus.ts';

const file = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const fromJsonl = (p: string): unknown[] =>
  readFileSync(file(p), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { ad: unknown }).ad);
const docs = [
  ...fromJsonl('../../../shared/data/dev-set.jsonl'),
  ...fromJsonl('../../shared/model/data/own-zh.jsonl'),
  ...fromJsonl('../../shared/model/data/own-en.jsonl'),
  ...makeCorpus(300, 3),
].map((a) => {
  const v = validateAd(a);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return new AdDocument(v.ad);
});

describe('fast scoring (keys, no feature names)', () => {
  const model = fraudModel();

  it('gives the probability of the named features, on every ad', () => {
    let flagged = 0;
    for (const d of docs) {
      const named = model.probability(extractFeatures(d));
      const quick = quickScore(model, d).probability;
      expect(Math.abs(quick - named)).toBeLessThan(1e-9);
      if (quick >= model.threshold) flagged++;
    }
    expect(flagged).toBeGreaterThan(20);
  });

  it('explains with the same drivers, values and spans as the named features', () => {
    for (const d of docs) {
      const features = extractFeatures(d, { spans: true });
      const named = model.score(features, 12);
      const fast = explainScore(model, d, 12);
      expect(Math.abs(fast.probability - named.probability)).toBeLessThan(1e-9);
      expect(fast.drivers.map((x) => x.feature)).toEqual(named.drivers.map((x) => x.feature));
      fast.drivers.forEach((x, i) => {
        expect(Math.abs(x.value - (named.drivers[i]?.value ?? Number.NaN))).toBeLessThan(1e-9);
        expect(x.span).toEqual(features.spans.get(x.feature));
      });
    }
  });
});

describe('LinearModel keys', () => {
  const base = { format: 'recruitwatch-linear-v2', version: 'fm-t', threshold: 0.5, highAt: 0.9, bias: 0, sources: [] };

  it('looks weights up by key, 0 for an unknown key', () => {
    const m = LinearModel.parse({ ...base, weights: { 'z:押金': 1.5, 'e:fee': 2 } });
    const v = validateAd({ platform: 't', adId: 'k', title: '押金', description: '押金', language: 'zh' });
    if (!v.ok) throw new Error('invalid ad');
    // distinct text features: z:押金 (known, 1.5) and t:押金 (unknown, 0), so n = 2
    expect(quickScore(m, new AdDocument(v.ad)).probability).toBeCloseTo(1 / (1 + Math.exp(-1.5 / Math.SQRT2)), 12);
  });

  it('refuses a model file where two features share a key', () => {
    // z:f779868 and z:f1110936 share FNV-1a key 170581992
    expect(() => LinearModel.parse({ ...base, weights: { 'z:f779868': 1, 'z:f1110936': 1 } })).toThrow(
      ModelFormatError,
    );
  });
});
