/**
 * Word lists are data: every entry names the term, the wording to use instead, why it matters and
 * where it comes from. Rules compile a lexicon into one alternation at module load.
 */

export interface LexiconEntry {
  /** The normalised term as it appears in an ad (simplified, lower-case, no spaces). */
  term: string;
  /** What to write instead (or why the term needs no replacement). */
  alternative: string;
  /** Why the term matters here, for reviewers and the rule catalogue. */
  note: string;
  /** Where the term or its treatment comes from: a legal-basis id, a statute, a standard. */
  source: string;
}

export type Lexicon = readonly LexiconEntry[];

const META = /[.*+?^${}()|[\]\\/]/g;

/** A regex alternation of the lexicon's terms, longest first so that 维吾尔族 wins over 维族. */
export function alternation(lexicon: Lexicon): string {
  const terms = [...new Set(lexicon.map((e) => e.term))].sort((a, b) => b.length - a.length);
  return `(?:${terms.map((t) => t.replace(META, '\\$&')).join('|')})`;
}

/** Looks an entry up by term (for notes on a finding). */
export function entryFor(lexicon: Lexicon, term: string): LexiconEntry | undefined {
  return lexicon.find((e) => e.term === term);
}

/** Builds entries that share an alternative and a source from `[term, note]` rows. */
export function group(
  alternative: string,
  source: string,
  rows: readonly (readonly [string, string])[],
): LexiconEntry[] {
  return rows.map(([term, note]) => ({ term, alternative, note, source }));
}
