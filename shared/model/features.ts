/**
 * Named features of an ad for the fraud model (training, tests and the explanation of a finding):
 *  - text tokens of title, description, requirements, benefits (see text-tokens.ts): Chinese
 *    character unigrams and bigrams and shaped Latin words (`z:`), English Porter stems (`e:`), title
 *    tokens again under `t:`; digits become a shape (`#3` = three digits) so numbers never become
 *    features and no phone number or ID can end up in the model or a note;
 *  - structural flags (`s:`, see structure.ts) and a per-language intercept (`s:lang-zh` / `s:lang-en`).
 * Text features are binary and scaled by 1/√n (n = distinct text features), structural ones are 1.
 * The scorer (score.ts) computes the same sum from the tokens' keys without building these names.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { scanTokens, tokenField, tokenName } from '#shared/model/text-tokens.ts';
import { structuralFeatures } from '#shared/model/structure.ts';

export interface FeatureSpan {
  field: TextField;
  start: number;
  end: number;
}

export interface Features {
  /** Feature name → value. */
  values: Map<string, number>;
  /** Feature name → first place it shows in the ad (normalised offsets); filled only when asked for. */
  spans: Map<string, FeatureSpan>;
}

export interface ExtractOptions {
  /** Record where each feature shows (the rule asks only for flagged ads). */
  spans?: boolean;
}

export function extractFeatures(doc: AdDocument, opts: ExtractOptions = {}): Features {
  const values = new Map<string, number>();
  const spans = new Map<string, FeatureSpan>();
  const withSpans = opts.spans === true;
  const buf = scanTokens(doc);
  for (let i = 0; i < buf.length; i++) {
    const name = tokenName(doc, buf, i);
    if (values.has(name)) continue;
    values.set(name, 1);
    if (withSpans)
      spans.set(name, { field: tokenField(buf, i), start: buf.starts[i] as number, end: buf.ends[i] as number });
  }
  const n = values.size;
  if (n > 0) {
    const scale = 1 / Math.sqrt(n);
    for (const k of values.keys()) values.set(k, scale);
  }
  values.set(`s:lang-${doc.language}`, 1);
  for (const f of structuralFeatures(doc, buf.cues)) {
    values.set(f.name, 1);
    if (withSpans && f.span && !spans.has(f.name)) spans.set(f.name, f.span);
  }
  return { values, spans };
}
