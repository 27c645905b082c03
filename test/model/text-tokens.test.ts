import { describe, expect, it } from 'vitest';
import { validateAd, type AdInput } from '#shared/feed/schema.ts';
import { AdDocument } from '#shared/text/document.ts';
import { keyOf } from '#shared/model/hash.ts';
import { MAX_FIELD, scanTokens, tokenField, tokenName } from '#shared/model/text-tokens.ts';
import { makeCorpus } from '../../bench/corpus.ts';

const doc = (ad: Partial<AdInput>) => {
  const v = validateAd({ platform: 'test', adId: 't-1', title: '招聘', description: '招聘', ...ad });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return new AdDocument(v.ad);
};
const names = (d: AdDocument) => {
  const buf = scanTokens(d);
  return Array.from({ length: buf.length }, (_, i) => tokenName(d, buf, i));
};

describe('fraud-model text tokens', () => {
  it('reads Chinese as character bigrams, a lone character on its own, title tokens twice', () => {
    const d = doc({ title: '兼职', description: '先交押金，男', language: 'zh' });
    expect(names(d)).toEqual(['z:兼职', 't:兼职', 'z:先交', 'z:交押', 'z:押金', 'z:男']);
  });

  it('shapes digits in Latin runs of Chinese ads and drops pure numbers', () => {
    const d = doc({ description: '加vx123456 电话13812345678 月薪8000', language: 'zh' });
    const n = names(d);
    expect(n).toContain('z:vx#6');
    expect(n.join(' ')).not.toMatch(/\d\d/);
    expect(n).not.toContain('z:#4');
  });

  it('reads English words (inner apostrophes and hyphens) as Porter stems', () => {
    const d = doc({ title: 'Driver', description: "We're hiring part-time drivers' helpers!", language: 'en' });
    expect(names(d)).toEqual(['e:driver', 't:driver', "e:we'r", 'e:hire', 'e:part-tim', 'e:driver', 'e:helper']);
  });

  it('computes each key as the hash of the token name, with offsets into the normalised field', () => {
    for (const input of makeCorpus(300, 7)) {
      const v = validateAd(input);
      if (!v.ok) throw new Error('bad corpus ad');
      const d = new AdDocument(v.ad);
      const buf = scanTokens(d);
      for (let i = 0; i < buf.length; i++) {
        const name = tokenName(d, buf, i);
        expect(buf.keys[i]).toBe(keyOf(name));
        const text = d.text(tokenField(buf, i)).slice(buf.starts[i], buf.ends[i]);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it('reads only the head of a megabyte field', () => {
    const d = doc({ description: '押金'.repeat(500_000), language: 'zh' });
    const buf = scanTokens(d);
    expect(buf.length).toBeLessThanOrEqual(MAX_FIELD + 2);
    expect(new Set(names(d))).toEqual(new Set(['z:招聘', 't:招聘', 'z:押金', 'z:金押']));
  });
});
