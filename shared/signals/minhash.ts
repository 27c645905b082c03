/**
 * Near-duplicate text detection with MinHash over character 5-grams of the title and description
 * (letters and digits only, NFKC, lower case: works for Chinese and English alike), and LSH banding
 * (16 bands × 4 rows) so that candidate pairs are found by key look-ups instead of comparing every
 * pair. The npm packages were considered first: simhash-js 1.0.0 mis-parses its hashes (parseInt of
 * numbers as hex) and keeps the wrong shingles; bloom-filters' MinHash hides its signature, which LSH
 * keys need, and brings eight dependencies. This file is the 60 lines those would have saved.
 */
const K = 64;
const BANDS = 16;
const ROWS = K / BANDS;
const SHINGLE = 5;
/** Texts shorter than this (letters and digits) are too short to call two of them duplicates. */
export const MIN_CHARS = 80;
const MAX_CHARS = 20_000;

function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Uint32Array.from({ length: K }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

function fnv1a(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

/** The MinHash signature of a text, or undefined when it is too short to compare. */
export function signature(text: string): Uint32Array | undefined {
  const t = text.slice(0, MAX_CHARS).normalize('NFKC').toLowerCase().replace(NOT_ALNUM, '');
  if (t.length < MIN_CHARS) return undefined;
  const shingles = new Set<number>();
  for (let i = 0; i + SHINGLE <= t.length; i++) shingles.add(fnv1a(t, i, i + SHINGLE));
  const sig = new Uint32Array(K).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < K; k++) {
      const v = fmix32(h ^ (SEEDS[k] as number));
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal signature slots. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < K; k++) if (a[k] === b[k]) same++;
  return same / K;
}

/** LSH band keys: two texts with Jaccard 0.7 share at least one with probability ≈ 0.98. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 31) ^ (sig[b * ROWS + r] as number));
    keys.push(`dup:${b}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

export function encodeSignature(sig: Uint32Array): string {
  const buf = Buffer.alloc(K * 4);
  for (let k = 0; k < K; k++) buf.writeUInt32LE(sig[k] as number, k * 4);
  return buf.toString('base64');
}

export function decodeSignature(s: string): Uint32Array | undefined {
  const buf = Buffer.from(s, 'base64');
  if (buf.length !== K * 4) return undefined;
  const out = new Uint32Array(K);
  for (let k = 0; k < K; k++) out[k] = buf.readUInt32LE(k * 4);
  return out;
}
