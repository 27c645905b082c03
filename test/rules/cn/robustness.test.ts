/**
 * The cn rules on hostile input: megabyte ads and long runs of trigger characters finish quickly,
 * report at most a capped number of hits, and never throw.
 */
import { describe, expect, it } from 'vitest';
import { AdDocument } from '#shared/text/document.ts';
import { validateAd } from '#shared/feed/schema.ts';
import { MAX_HITS } from '#shared/rules/cn/lib/scan.ts';
import { rules } from '#shared/rules/cn/index.ts';

const HOSTILE: Record<string, string> = {
  'a million 男': '男'.repeat(1_000_000),
  'repeated 限男': '限男'.repeat(500_000),
  'repeated negated 男女不限': '男女不限，'.repeat(200_000),
  'repeated age caps': '35岁以下，'.repeat(200_000),
  'digit-dash runs': `${'1-'.repeat(500_000)}岁`,
  'repeated 乙肝 with a mine (doc-wide exceptions)': `煤矿井下，${'限男性，乙肝'.repeat(150_000)}`,
  'long list before an exclusion': `${'自考、'.repeat(300_000)}勿扰`,
  'repeated 身高': `${'身高'.repeat(300_000)}160cm以上`,
};

describe('cn rules on hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name} (${text.length} chars)`, () => {
      const v = validateAd({ platform: 'p', adId: 'h', title: 't', description: text });
      if (!v.ok) throw new Error('bad ad');
      const doc = new AdDocument(v.ad);
      const ctx = { jurisdiction: 'CN' as const, language: 'zh' as const };
      const t0 = performance.now();
      for (const rule of rules) expect(rule.check(doc, ctx).length).toBeLessThanOrEqual(MAX_HITS);
      // generous: the machine is shared; linear work on 1 MB takes tens of milliseconds
      expect(performance.now() - t0).toBeLessThan(5000);
    });
  }
});
