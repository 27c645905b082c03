/**
 * Is a match negated ("不收取押金", "we never charge fees", "押金：无", "费用由公司承担") or part of an
 * anti-fraud warning ("谨防刷单诈骗", "beware of scams")? Negations are read in the same segment,
 * at most `reach` characters before the match; "company pays" wording right after it.
 */
import { compileLexicon, test } from '#shared/rules/fraud/lib/lexicon.ts';
import { segmentAt, sentenceAt } from '#shared/rules/fraud/lib/scope.ts';
import { NEGATED_AFTER, NEGATION, WARNING } from '#shared/rules/fraud/lexicons/warnings.ts';

const BEFORE = compileLexicon(NEGATION, WARNING);
const WARN = compileLexicon(WARNING);
const AFTER = new RegExp(NEGATED_AFTER.map((e) => `(?:${e.pattern})`).join('|'), 'u');

export function isNegated(text: string, start: number, end: number, reach = 30): boolean {
  const seg = segmentAt(text, start, end);
  const before = text.slice(Math.max(seg.start, start - reach), start);
  if (test(BEFORE, before)) return true;
  return AFTER.test(text.slice(end, seg.end));
}

/** Whether the sentence around the match is an anti-fraud warning ("谨防刷单诈骗", "beware of scams"). */
export function inWarning(text: string, start: number, end: number): boolean {
  const s = sentenceAt(text, start, end);
  return test(WARN, s.text);
}
