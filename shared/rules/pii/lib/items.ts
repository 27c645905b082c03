/** Finds mentions of collected items (lexicons/collected-items.ts) and which entry each one is. */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import type { CollectedItem } from '#shared/rules/pii/lexicons/collected-items.ts';

export interface ItemMatcher {
  zh: RegExp;
  en: RegExp;
  zhItems: readonly CollectedItem[];
  enItems: readonly CollectedItem[];
}

/** One regex per language; capture group i+1 is item i (entries hold no capturing groups). */
export function itemMatcher(items: readonly CollectedItem[]): ItemMatcher {
  const zhItems = items.filter((i) => i.lang === 'zh');
  const enItems = items.filter((i) => i.lang === 'en');
  const build = (list: readonly CollectedItem[]) => new RegExp(list.map((i) => `(${i.pattern})`).join('|'), 'g');
  return { zh: build(zhItems), en: build(enItems), zhItems, enItems };
}

export interface ItemMention {
  field: TextField;
  start: number;
  end: number;
  item: CollectedItem;
}

export function* itemMentions(doc: AdDocument, m: ItemMatcher, fields: readonly TextField[]): Generator<ItemMention> {
  const lang = doc.language;
  const re = lang === 'zh' ? m.zh : m.en;
  const list = lang === 'zh' ? m.zhItems : m.enItems;
  for (const hit of doc.matches(re, fields)) {
    const g = hit.groups;
    let idx = -1;
    for (let i = 1; i < g.length; i++) {
      if (g[i] !== undefined) {
        idx = i - 1;
        break;
      }
    }
    const item = list[idx];
    if (item) yield { field: hit.field, start: hit.start, end: hit.end, item };
  }
}
