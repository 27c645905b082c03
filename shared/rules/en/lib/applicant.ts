/**
 * The exemptions the group rules (race, religion, sex, national origin) share before a matched group
 * word counts as a hiring condition: the word must describe the person wanted ("Asian cuisine", "the
 * only Christian bookstore" do not), and the sentence must not be an equal-opportunity statement or an
 * invitation to under-represented groups.
 */
import type { AdDocument, Match } from '#shared/text/document.ts';
import {
  isEeoStatement,
  isEncouragement,
  limit,
  sentenceText,
  textAfter,
  textBefore,
} from '#shared/rules/en/lib/context.ts';
import { ARTICLE_BEFORE } from '#shared/rules/en/lib/group-patterns.ts';
import { scan } from '#shared/rules/en/lib/scan.ts';
import type { Trigger } from '#shared/rules/en/lib/triggers.ts';

/** The sentence is an equal-opportunity statement or a positive-action invitation. */
export const isInclusive = (sentence: string): boolean => isEeoStatement(sentence) || isEncouragement(sentence);

/** The match's sentence is an equal-opportunity statement or a positive-action invitation. */
export const inclusiveSentence = (doc: AdDocument, m: Match): boolean =>
  isInclusive(sentenceText(doc, m.field, m.start, m.end));

/**
 * The first matches of a group pattern (`limit`), less those whose group word is followed within
 * `lookahead` characters by a word that makes it about something else than the applicant
 * (`notPersonAfter`: "-owned", "cuisine", "customers") and an "only" that follows an article or a
 * possessive ("our only Catholic school").
 */
export function* applicantMatches(
  doc: AdDocument,
  re: RegExp,
  trigger: Trigger,
  notPersonAfter: RegExp,
  lookahead = 30,
): Generator<Match> {
  for (const m of limit(scan(doc, re, trigger))) {
    if (notPersonAfter.test(textAfter(doc, m.field, m.end, lookahead))) continue;
    if (/^only\b/.test(m.text) && ARTICLE_BEFORE.test(textBefore(doc, m.field, m.start, 8))) continue;
    yield m;
  }
}
