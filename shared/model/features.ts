/**
 * Feature extraction for the fraud model. An ad becomes a sparse vector of named features:
 *  - words of the job text (title, description, requirements, benefits): Chinese words from
 *    Intl.Segmenter (`z:`) or English Porter stems (`e:`) — word bigrams were
 *    measured and dropped: the same cross-validated F1 (±0.01) at half the scoring cost;
 *    title words again under `t:`; digits become a shape (`#3` = three digits) so numbers never
 *    become features and no phone number or ID can end up in the model or a note;
 *  - structural flags (`s:`, see structure.ts) and a per-language intercept (`s:lang-zh` / `s:lang-en`).
 * Text features are binary and scaled by 1/√n (n = distinct text features), structural ones are 1.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { chineseWords, stem } from '#shared/text/tokens.ts';
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
  /** Record where each feature shows (costs a second map; the rule asks only for flagged ads). */
  spans?: boolean;
}

const TEXT_FIELDS: readonly TextField[] = ['title', 'description', 'requirements', 'benefits'];
const DIGITS = /\d+/g;
const MAX_TOKEN = 24;
/** Only the head of a very long field is read: the model needs a sample, not a megabyte. */
const MAX_FIELD = 20_000;

const EN_WORD = /[a-z][a-z'’-]*[a-z]|[a-z]/g;
const STEM_CACHE_MAX = 100_000;
const stemCache = new Map<string, string>();

/** Porter stems, memoised: word frequencies are Zipfian, so most look-ups hit. */
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Token with digit runs replaced by their shape, or undefined for a token with no letter (a number). */
function shape(w: string): string | undefined {
  let digits = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  if (digits === 0) return w;
  if (digits === w.length) return undefined;
  return w.replace(DIGITS, (d) => `#${Math.min(d.length, 6)}`);
}

interface Tok {
  key: string;
  start: number;
  end: number;
}

function tokensOf(doc: AdDocument, field: TextField): Tok[] {
  const out: Tok[] = [];
  if (doc.language === 'zh') {
    const text = doc.text(field);
    const words = text.length > MAX_FIELD ? chineseWords(text.slice(0, MAX_FIELD)) : doc.words(field);
    for (const w of words) {
      if (w.word.length > MAX_TOKEN) continue;
      const key = shape(w.word);
      if (key !== undefined) out.push({ key, start: w.start, end: w.end });
    }
  } else {
    const text = doc.text(field).slice(0, MAX_FIELD);
    EN_WORD.lastIndex = 0;
    for (let m = EN_WORD.exec(text); m !== null; m = EN_WORD.exec(text)) {
      const word = m[0];
      if (word.length > MAX_TOKEN) continue;
      out.push({ key: cachedStem(word), start: m.index, end: m.index + word.length });
    }
  }
  return out;
}

export function extractFeatures(doc: AdDocument, opts: ExtractOptions = {}): Features {
  const values = new Map<string, number>();
  const spans = new Map<string, FeatureSpan>();
  const withSpans = opts.spans === true;
  const uni = doc.language === 'zh' ? 'z:' : 'e:';
  const put = (name: string, field: TextField, start: number, end: number) => {
    if (values.has(name)) return;
    values.set(name, 1);
    if (withSpans) spans.set(name, { field, start, end });
  };
  for (const field of TEXT_FIELDS) {
    const toks = tokensOf(doc, field);
    for (const t of toks) {
      put(uni + t.key, field, t.start, t.end);
      if (field === 'title') put(`t:${t.key}`, field, t.start, t.end);
    }
  }
  const n = values.size;
  if (n > 0) {
    const scale = 1 / Math.sqrt(n);
    for (const k of values.keys()) values.set(k, scale);
  }
  values.set(`s:lang-${doc.language}`, 1);
  for (const f of structuralFeatures(doc)) {
    values.set(f.name, 1);
    if (withSpans && f.span && !spans.has(f.name)) spans.set(f.name, f.span);
  }
  return { values, spans };
}
