/**
 * The shared matcher of the cn rules: runs a rule's patterns over the body fields after a cheap
 * pre-check, drops matches that are negated or part of an equal-opportunity statement, lets the
 * rule veto a match in context, and caps the hits so hostile input stays linear.
 */
import type { RuleHit, Severity } from '#shared/engine/types.ts';
import { type AdDocument, BODY_FIELDS, type TextField } from '#shared/text/document.ts';
import { type AnchorSet, presence, satisfied } from '#shared/rules/cn/lib/anchors.ts';
import {
  isEqualOpportunity,
  isNegated,
  isPersonRecord,
  phraseAt,
  type Span,
  sentenceAt,
} from '#shared/rules/cn/lib/context.ts';

export interface MatchContext {
  doc: AdDocument;
  field: TextField;
  /** The normalised field text. */
  text: string;
  m: RegExpExecArray;
  /** Evidence span in normalised offsets (may be narrowed by the pattern's `span`). */
  start: number;
  end: number;
  phrase: Span;
}

export interface Pattern {
  /** A global regex; the whole match is the evidence unless `group` names a capture group. */
  re: RegExp;
  /** Characters the regex cannot match without (see anchors.ts); checked before the regex runs. */
  need: readonly AnchorSet[];
  /** Report only this named group as the evidence span (requires the `d` flag). */
  group?: string;
  /** Return false to drop the match (a lawful look-alike in context). */
  accept?: (c: MatchContext) => boolean;
  /** Keep the match even when its phrase holds a negation word (e.g. 不招 is itself a negation). */
  negationProof?: boolean;
  confidence?: number;
  severity?: Severity;
  note?: string;
}

export const MAX_HITS = 12;
/** Candidates examined per pattern and field; real ads have a handful, hostile ones millions. */
export const MAX_CANDIDATES = 400;

export interface CollectOptions {
  fields?: readonly TextField[];
  /** The rule's own topic words: a negation of another topic in the phrase does not lift this rule. */
  topic?: RegExp;
  /** A non-global regex for the rule's trait words: a field without one is skipped before any pattern runs. */
  gate?: RegExp;
}

/** Runs the patterns whose anchors occur in each field; returns non-overlapping hits. */
export function collect(doc: AdDocument, patterns: readonly Pattern[], opts: CollectOptions = {}): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const field of opts.fields ?? BODY_FIELDS) {
    const text = doc.text(field);
    if (text.length === 0) continue;
    if (opts.gate && !opts.gate.test(text)) continue;
    const present = presence(doc, field, text);
    for (const p of patterns) {
      if (!satisfied(present, p.need)) continue;
      const re = p.re;
      re.lastIndex = 0;
      let candidates = 0;
      for (let m = re.exec(text); m !== null && candidates < MAX_CANDIDATES; m = re.exec(text)) {
        candidates++;
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        let start = m.index;
        let end = m.index + m[0].length;
        if (p.group) {
          const g = m.indices?.groups?.[p.group];
          if (!g) continue;
          [start, end] = g;
        }
        if (overlaps(hits, field, start, end)) continue;
        const phrase = phraseAt(text, start, end);
        if (!p.negationProof && isNegated(phrase.text, opts.topic, start - phrase.start, end - phrase.start)) continue;
        const sentence = sentenceAt(text, start, end).text;
        if (isEqualOpportunity(sentence) || isPersonRecord(sentence)) continue;
        if (p.accept && !p.accept({ doc, field, text, m, start, end, phrase })) continue;
        const hit: RuleHit = { field, start, end, confidence: p.confidence ?? 0.9 };
        if (p.severity) hit.severity = p.severity;
        if (p.note) hit.note = p.note;
        hits.push(hit);
        if (hits.length >= MAX_HITS) return hits;
      }
    }
  }
  return hits;
}

function overlaps(hits: readonly RuleHit[], field: string, start: number, end: number): boolean {
  for (const h of hits) if (h.field === field && h.start < end && start < h.end) return true;
  return false;
}

/** Whether any body field (or the title) mentions one of the words of `re` (non-global). */
export function adMentions(doc: AdDocument, re: RegExp, fields: readonly TextField[] = BODY_FIELDS): boolean {
  for (const f of fields) if (re.test(doc.text(f))) return true;
  return false;
}

const docFacts = new WeakMap<AdDocument, Map<string, boolean>>();

/** A whole-ad fact computed once per ad (so per-match checks stay linear on hostile input). */
export function adFact(doc: AdDocument, key: string, compute: () => boolean): boolean {
  let facts = docFacts.get(doc);
  if (!facts) {
    facts = new Map();
    docFacts.set(doc, facts);
  }
  let v = facts.get(key);
  if (v === undefined) {
    v = compute();
    facts.set(key, v);
  }
  return v;
}
