/**
 * The fraud model's fast path: the probability of an ad, and for a flagged ad the features that drove
 * it, without building a name for every feature. Tokens are scanned as keys (text-tokens.ts),
 * de-duplicated in a reused epoch-stamped hash set, and each distinct key's weight is summed; the text
 * sum is scaled by 1/√n as in features.ts, then the per-language intercept and the structural flags are
 * added. Equal to `model.probability(extractFeatures(doc))` and `model.score(...)` (tested); the named
 * path is kept for training.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import type { Contribution, LinearModel } from '#shared/model/linear-model.ts';
import { slotOf } from '#shared/model/hash.ts';
import { scanTokens, tokenField, tokenName, type TokenBuffer } from '#shared/model/text-tokens.ts';
import { type StructuralFeature, structuralFeatures } from '#shared/model/structure.ts';

export interface QuickScore {
  probability: number;
  /** About how many words the ad has (see TokenBuffer.units): the rule abstains on very short ads. */
  units: number;
}

export interface Driver extends Contribution {
  /** Where the feature shows (normalised offsets), when it has a place. */
  span?: { field: TextField; start: number; end: number };
}

export interface Explained {
  probability: number;
  /** Features that pushed towards fraud, largest first (ties by name). */
  drivers: Driver[];
}

/** Distinct-key set, slot i = (key at 2i, epoch stamp at 2i + 1); a slot is taken when its stamp is this call's. */
let set = new Int32Array(2 * 4096);
let epoch = 0;
/** Index of the first token of each distinct key, for the explanation (filled only when asked). */
let firsts = new Int32Array(4096);
let firstCount = 0;

/** Makes the distinct-key set hold at least 2 × `count` slots, and returns its mask. */
function prepareSet(count: number): number {
  let size = set.length / 2;
  if (size < count * 2) {
    while (size < count * 2) size *= 2;
    set = new Int32Array(2 * size);
    epoch = 0;
  }
  if (++epoch === 0x7fffffff) {
    set.fill(0);
    epoch = 1;
  }
  let mask = 63; // the smallest table that keeps the load under one half: fewer cache lines touched
  while (mask + 1 < count * 2) mask = mask * 2 + 1;
  return mask;
}

/** Sums the weights of the distinct keys of `buf`; returns [sum, n]. Records first indices when `record`. */
function sumDistinct(model: LinearModel, buf: TokenBuffer, record: boolean): [number, number] {
  const mask = prepareSet(buf.length);
  if (record && firsts.length < buf.length) firsts = new Int32Array(set.length / 2);
  firstCount = 0;
  const keys = buf.keys;
  const tab = set;
  const ep = epoch;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < buf.length; i++) {
    const key = keys[i] as number;
    let s = slotOf(key, mask);
    let seen = false;
    while (tab[2 * s + 1] === ep) {
      if (tab[2 * s] === key) {
        seen = true;
        break;
      }
      s = (s + 1) & mask;
    }
    if (seen) continue;
    tab[2 * s] = key;
    tab[2 * s + 1] = ep;
    n++;
    sum += model.weightOfKey(key);
    if (record) firsts[firstCount++] = i;
  }
  return [sum, n];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const langFeature = (doc: AdDocument): string => `s:lang-${doc.language}`;

function structuralSum(model: LinearModel, doc: AdDocument, found: readonly StructuralFeature[]): number {
  let z = model.bias + model.weight(langFeature(doc));
  for (const f of found) z += model.weight(f.name);
  return z;
}

export function quickScore(model: LinearModel, doc: AdDocument): QuickScore {
  const buf = scanTokens(doc, false);
  const [sum, n] = sumDistinct(model, buf, false);
  let z = structuralSum(model, doc, structuralFeatures(doc, buf.cues));
  if (n > 0) z += sum / Math.sqrt(n);
  return { probability: sigmoid(z), units: buf.units };
}

interface Candidate {
  value: number;
  /** Token index, or -1 for a named (structural) feature. */
  token: number;
  feature: string;
  span?: Driver['span'];
}

const byValueThenName = (a: Candidate, b: Candidate): number =>
  b.value - a.value || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0);

/** The probability and the `topK` features that pushed it up most, naming only those features. */
export function explainScore(model: LinearModel, doc: AdDocument, topK = 5): Explained {
  const buf = scanTokens(doc);
  const [sum, n] = sumDistinct(model, buf, true);
  const found = structuralFeatures(doc, buf.cues);
  let z = structuralSum(model, doc, found);
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  z += sum * scale;

  const cands: Candidate[] = [];
  for (let j = 0; j < firstCount; j++) {
    const i = firsts[j] as number;
    const w = model.weightOfKey(buf.keys[i] as number);
    if (w > 0) cands.push({ value: w * scale, token: i, feature: '' });
  }
  const named: [string, Driver['span']][] = [
    [langFeature(doc), undefined],
    ...found.map((f) => [f.name, f.span] as [string, Driver['span']]),
  ];
  for (const [feature, span] of named) {
    const w = model.weight(feature);
    if (w > 0) cands.push(span ? { value: w, token: -1, feature, span } : { value: w, token: -1, feature });
  }
  // Keep the top K by value, plus any tied with the K-th (their names decide the order).
  cands.sort((a, b) => b.value - a.value);
  let keep = Math.min(topK, cands.length);
  const last = cands[keep - 1]?.value;
  while (keep < cands.length && cands[keep]?.value === last) keep++;
  const top = cands.slice(0, keep);
  for (const c of top) {
    if (c.token < 0) continue;
    c.feature = tokenName(doc, buf, c.token);
    c.span = {
      field: tokenField(buf, c.token),
      start: buf.starts[c.token] as number,
      end: buf.ends[c.token] as number,
    };
  }
  top.sort(byValueThenName);
  const drivers = top
    .slice(0, topK)
    .map(
      (c): Driver =>
        c.span ? { feature: c.feature, value: c.value, span: c.span } : { feature: c.feature, value: c.value },
    );
  return { probability: sigmoid(z), drivers };
}
