/**
 * The anchored matcher finds exactly what the full lexicon regex finds, on real and labelled ads
 * (normalised), and on text built to stress it; anchors are extracted from every lexicon entry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAd } from '#shared/feed/schema.ts';
import { AnchoredMatcher, anchorsOf } from '#shared/rules/pii/lib/anchored.ts';
import { LiteralScanner } from '#shared/rules/pii/lib/literals.ts';
import { COLLECTED_ITEMS } from '#shared/rules/pii/lexicons/collected-items.ts';
import { SENSITIVE_FACTS } from '#shared/rules/pii/lexicons/sensitive-facts.ts';
import type { LexiconEntry } from '#shared/rules/pii/lexicons/types.ts';
import { AdDocument, BODY_FIELDS } from '#shared/text/document.ts';
import { sharedData } from '#test/helpers/labelled.ts';

const texts: { lang: 'zh' | 'en'; text: string }[] = [];
for (const name of ['dev-set.jsonl', 'orfd-train.jsonl', 'emscad-train.jsonl']) {
  for (const line of readFileSync(sharedData(name), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const v = validateAd((JSON.parse(line) as { ad: unknown }).ad);
    if (!v.ok) continue;
    const doc = new AdDocument(v.ad);
    for (const f of BODY_FIELDS) if (doc.text(f)) texts.push({ lang: doc.language, text: doc.text(f) });
  }
}

/** Matches of the full regex, except those starting inside a Latin word ("fundaMENTAL health"), which the matcher skips on purpose. */
function fullMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (/[a-z]/.test(m[0][0] ?? '') && /[a-z]/.test(text[m.index - 1] ?? '')) continue;
    out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

describe.each([
  ['COLLECTED_ITEMS', COLLECTED_ITEMS],
  ['SENSITIVE_FACTS', SENSITIVE_FACTS],
] as const)('%s', (_name, list: readonly LexiconEntry[]) => {
  it('has anchors for every entry', () => {
    for (const e of list) expect(anchorsOf(e.pattern)?.length ?? 0).toBeGreaterThan(0);
  });
  it.each(['zh', 'en'] as const)('finds what the full regex finds (%s)', (lang) => {
    const sources = list.filter((e) => e.lang === lang).map((e) => e.pattern);
    const matcher = new AnchoredMatcher(sources, 'gu');
    const full = new RegExp(sources.map((s) => `(${s})`).join('|'), 'gu');
    // a shared scanner over more anchors than this matcher's (as lexicon-hits.ts builds it)
    const other = new AnchoredMatcher(
      [...COLLECTED_ITEMS, ...SENSITIVE_FACTS].filter((e) => e.lang !== lang).map((e) => e.pattern),
      'gu',
    );
    const shared = new LiteralScanner(
      [...matcher.anchorWords, ...other.anchorWords],
      [...matcher.midWords, ...other.midWords],
    );
    let compared = 0;
    for (const t of texts) {
      if (t.lang !== lang) continue;
      const want = fullMatches(full, t.text);
      const got = [...matcher.matches(t.text)].map((m) => `${m.start}:${t.text.slice(m.start, m.end)}`);
      expect(got, t.text.slice(0, 80)).toEqual(want);
      const viaHits = [...matcher.matchesFromHits(t.text, shared.all(t.text))].map(
        (m) => `${m.start}:${t.text.slice(m.start, m.end)}`,
      );
      expect(viaHits, t.text.slice(0, 80)).toEqual(want);
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('anchorsOf', () => {
  it.each([
    ['身份证(?:正反面|照片)|手持身份证', ['身份证', '手持身份证']],
    ["mother'?s maiden name", ['s maiden name']],
    ['(?:个人)?征信(?:报告|记录)', ['征信']],
    ['(?:父母|配偶)(?:的)?(?:姓名|电话)', ['父母', '配偶']],
    ['\\bssn\\b', ['ssn']],
  ])('%s → %j', (src, want) => {
    expect(anchorsOf(src)).toEqual(want);
  });
  it('gives up on a pattern with no required literal', () => {
    expect(anchorsOf('\\d{3}|[a-z]+')).toBeUndefined();
  });
});

describe('LiteralScanner', () => {
  it('finds the leftmost, longest word, and mid-word words only when declared', () => {
    const s = new LiteralScanner(['征信', '个人征信', 'cancer', 's maiden name'], ['s maiden name']);
    expect(s.next('请提供个人征信报告', 0)).toEqual({ index: 3, word: '个人征信' });
    expect(s.next('anticancer drugs', 0)).toBeUndefined();
    expect(s.next('lung cancer', 0)).toEqual({ index: 5, word: 'cancer' });
    expect(s.next("mother's maiden name", 0)).toEqual({ index: 7, word: 's maiden name' });
  });
});
