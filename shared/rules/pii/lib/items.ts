/** Finds mentions of collected items (lexicons/collected-items.ts) and which entry each one is. */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import type { CollectedItem } from '#shared/rules/pii/lexicons/collected-items.ts';
import { AnchoredMatcher } from '#shared/rules/pii/lib/anchored.ts';
import { anchorHits, shareScan } from '#shared/rules/pii/lib/lexicon-hits.ts';

export interface ItemMatcher {
  zh: AnchoredMatcher;
  en: AnchoredMatcher;
  zhItems: readonly CollectedItem[];
  enItems: readonly CollectedItem[];
}

/** One matcher per language; capture group i+1 is item i (entries hold no capturing groups). */
export function itemMatcher(items: readonly CollectedItem[]): ItemMatcher {
  const zhItems = items.filter((i) => i.lang === 'zh');
  const enItems = items.filter((i) => i.lang === 'en');
  const build = (list: readonly CollectedItem[]) =>
    shareScan(
      new AnchoredMatcher(
        list.map((i) => i.pattern),
        'g',
      ),
    );
  return { zh: build(zhItems), en: build(enItems), zhItems, enItems };
}

/** No real ad mentions more items than this in one field; the rest of a longer text is not judged. */
export const MAX_MENTIONS = 100;

export interface ItemMention {
  field: TextField;
  start: number;
  end: number;
  item: CollectedItem;
}

export function* itemMentions(doc: AdDocument, m: ItemMatcher, fields: readonly TextField[]): Generator<ItemMention> {
  const zh = doc.language === 'zh';
  const matcher = zh ? m.zh : m.en;
  const list = zh ? m.zhItems : m.enItems;
  for (const field of fields) {
    const text = doc.text(field);
    if (text.length === 0) continue;
    let n = 0;
    for (const hit of matcher.matchesFromHits(text, anchorHits(doc, field))) {
      if (++n > MAX_MENTIONS) break;
      const item = list[hit.source];
      if (item) yield { field, start: hit.start, end: hit.end, item };
    }
  }
}
