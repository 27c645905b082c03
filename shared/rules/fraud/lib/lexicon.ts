/**
 * Word lists of the fraud rules are data: each entry is one wording (as a regex fragment over
 * NORMALISED text: NFKC, lower-case, simplified Chinese), an example it must match, the lawful
 * alternative a platform can suggest, a note on why it matters and where the wording comes from.
 * `test/rules/fraud/lexicons.test.ts` checks every entry compiles, matches its example and is
 * safe against super-linear matching.
 */
export interface LexiconEntry {
  /** Regex fragment (no capturing groups, no unbounded gaps) over normalised text. */
  pattern: string;
  /** A wording it must match, as it appears in ads (before normalisation). */
  example: string;
  /** The lawful wording or practice to suggest instead ('' where there is none to suggest). */
  alternative: string;
  note: string;
  source: string;
}

export type Lexicon = readonly LexiconEntry[];

/** One global regex that matches any entry of the given lexicons. Built once, at module load. */
export function compileLexicon(...lexicons: Lexicon[]): RegExp {
  const parts = lexicons.flatMap((l) => l.map((e) => `(?:${e.pattern})`));
  return new RegExp(parts.join('|'), 'g');
}

/** True when `re` (global) matches anywhere in `text`. Resets lastIndex. */
export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}
