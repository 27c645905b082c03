/**
 * The shape of the personal-data word lists. Every entry is data: the wording it matches (a bounded
 * regex fragment on NORMALISED text — lower-case, simplified Chinese), the compliant alternative a
 * reviewer can suggest, a note on why it matters, and where the rule behind it comes from.
 * test/rules/pii/lexicons.test.ts checks every entry compiles, is bounded, and carries these fields.
 */
export interface LexiconEntry {
  /** Regex source fragment (no capturing groups, no unbounded quantifiers). */
  pattern: string;
  lang: 'zh' | 'en';
  /** What to say or do instead. */
  alternative: string;
  note: string;
  source: string;
}

/** A gazetteer: a plain list of names with one source for the whole list. */
export interface Gazetteer {
  names: readonly string[];
  note: string;
  source: string;
}

/** Joins entry patterns of one language into one alternation. */
export const alternation = (entries: readonly LexiconEntry[], lang: 'zh' | 'en'): string =>
  entries
    .filter((e) => e.lang === lang)
    .map((e) => `(?:${e.pattern})`)
    .join('|');
