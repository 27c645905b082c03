/**
 * The text tokens of the fraud model, scanned straight from each field's normalised text in one pass
 * (no Intl.Segmenter, no regex, no string per token on the scoring path):
 *  - Chinese: every pair of adjacent Han characters, and a lone Han character on its own (character
 *    bigrams: as good as word segmentation for short-text classification here, and far cheaper;
 *    adding every character as a unigram measured the same cross-validated F1 at twice the tokens);
 *    Latin/digit runs as words with digit runs replaced by their shape (`#3`), pure numbers dropped;
 *  - English: words of letters (inner ' ’ -), named by their Porter stem (memoised).
 * Title tokens count twice: once as text (`z:`/`e:`), once as title tokens (`t:`).
 * Each token is kept as its key (hash of its feature name, see hash.ts), offsets and kind, so the
 * scorer needs only the keys and the explanation can name the few tokens that drove a finding.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { stem } from '#shared/text/tokens.ts';
import { finish, prefixState, step, stepString } from '#shared/model/hash.ts';
import {
  ALL_CUES,
  englishWordCues,
  HAN_ANCHOR_FIRST,
  hanPairCues,
  isHan,
  LATIN_ANCHOR_FIRST,
  latinRunCues,
} from '#shared/model/cues.ts';

/** The fields whose words the model reads, in order (index = field number in a token's meta). */
export const MODEL_FIELDS: readonly TextField[] = ['title', 'description', 'requirements', 'benefits'];
/** Only the head of a very long field is read: the model needs a sample, not a megabyte. */
export const MAX_FIELD = 20_000;
/** Longer Latin words are dropped (URLs, hashes, hostile runs). */
const MAX_TOKEN = 24;

export const KIND_HAN = 0;
export const KIND_SHAPED = 1;
export const KIND_STEM = 2;
const TITLE_COPY = 16;

const Z = prefixState('z:');
const E = prefixState('e:');
const T = prefixState('t:');

/** Scanned tokens of one ad, in reusable typed arrays. */
export class TokenBuffer {
  keys = new Int32Array(2048);
  starts = new Int32Array(2048);
  ends = new Int32Array(2048);
  /** Field number (bits 0–1), kind (bits 2–3), title copy (bit 4). */
  meta = new Uint8Array(2048);
  length = 0;
  /** Latin words (English words, or Latin runs of a Chinese ad). */
  words = 0;
  /** Han characters. */
  han = 0;
  /** Wording-cue families whose anchors occur (bit i = CUE_FAMILIES[i], see cues.ts). */
  cues = 0;
  /** Whether offsets and meta are recorded (names need them; the probability needs only the keys). */
  offsets = true;

  /** About how many words the ad has: English words, or Han characters / 2 + Latin words. */
  get units(): number {
    return this.words + this.han / 2;
  }

  push(key: number, start: number, end: number, meta: number): void {
    if (this.length === this.keys.length) this.grow();
    const i = this.length++;
    this.keys[i] = key;
    if (!this.offsets) return;
    this.starts[i] = start;
    this.ends[i] = end;
    this.meta[i] = meta;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const k = new Int32Array(cap);
    k.set(this.keys);
    const s = new Int32Array(cap);
    s.set(this.starts);
    const e = new Int32Array(cap);
    e.set(this.ends);
    const m = new Uint8Array(cap);
    m.set(this.meta);
    this.keys = k;
    this.starts = s;
    this.ends = e;
    this.meta = m;
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

interface StemEntry {
  word: string;
  stem: string;
  e: number;
  t: number;
  /** Cue families anchored in the word. */
  cues: number;
}
const STEM_CACHE_MAX = 100_000;
const stemCache = new Map<string, StemEntry>();
/** The same entries by a 30-bit hash of the word, so the scanner finds a word without slicing it. */
const stemByHash = new Map<number, StemEntry>();

/** Porter stem of a lower-case word and its keys, memoised: word frequencies are Zipfian. */
function stemEntry(word: string): StemEntry {
  let s = stemCache.get(word);
  if (s === undefined) {
    const st = stem(word);
    s = { word, stem: st, e: finish(stepString(E, st)), t: finish(stepString(T, st)), cues: englishWordCues(word) };
    if (stemCache.size >= STEM_CACHE_MAX) {
      stemCache.clear();
      stemByHash.clear();
    }
    stemCache.set(word, s);
  }
  return s;
}

/** True when text[start, end) is `word`. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** The stem entry of text[start, end), whose running FNV hash is `h`: no slice when the word was seen before. */
function stemAt(text: string, start: number, end: number, h: number): StemEntry {
  const key = h & 0x3fffffff;
  const hit = stemByHash.get(key);
  if (hit !== undefined && sameWord(text, start, end, hit.word)) return hit;
  const entry = stemEntry(text.slice(start, end));
  if (hit === undefined) stemByHash.set(key, entry);
  return entry;
}

/** `#n` for a run of n digits (n capped at 6), fed into a running hash. */
const stepShape = (h: number, run: number): number => step(step(h, 0x23), 0x30 + Math.min(run, 6));

function scanChinese(text: string, end: number, field: number, buf: TokenBuffer): void {
  const title = field === 0;
  const han = field | (KIND_HAN << 2);
  const shaped = field | (KIND_SHAPED << 2);
  let prev = -1;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isHan(c)) {
      buf.han++;
      if (prev >= 0) {
        if (HAN_ANCHOR_FIRST[prev] === 1) buf.cues |= hanPairCues(prev, c);
        buf.push(finish(step(step(Z, prev), c)), i - 1, i + 1, han);
        if (title) buf.push(finish(step(step(T, prev), c)), i - 1, i + 1, han | TITLE_COPY);
      } else if (i + 1 >= end || !isHan(text.charCodeAt(i + 1))) {
        // a lone Han character (no pair to carry it) is a token of its own
        buf.push(finish(step(Z, c)), i, i + 1, han);
        if (title) buf.push(finish(step(T, c)), i, i + 1, han | TITLE_COPY);
      }
      prev = c;
      i++;
    } else if (isLower(c) || isDigit(c)) {
      prev = -1;
      const s = i;
      let hz = Z;
      let ht = T;
      let run = 0;
      let letters = 0;
      for (; i < end; i++) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) run++;
        else if (isLower(d)) {
          if (run > 0) {
            hz = stepShape(hz, run);
            if (title) ht = stepShape(ht, run);
            run = 0;
          }
          hz = step(hz, d);
          if (title) ht = step(ht, d);
          letters++;
        } else break;
      }
      const c0 = text.charCodeAt(s);
      if (c0 < 128 && LATIN_ANCHOR_FIRST[c0] === 1) buf.cues |= latinRunCues(text, s, i);
      if (letters === 0 || i - s > MAX_TOKEN) continue;
      if (run > 0) {
        hz = stepShape(hz, run);
        if (title) ht = stepShape(ht, run);
      }
      buf.words++;
      buf.push(finish(hz), s, i, shaped);
      if (title) buf.push(finish(ht), s, i, shaped | TITLE_COPY);
    } else {
      prev = -1;
      i++;
    }
  }
}

function scanEnglish(text: string, end: number, field: number, buf: TokenBuffer): void {
  const title = field === 0;
  const meta = field | (KIND_STEM << 2);
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isLower(c)) {
      if (c >= 0x3400 && isHan(c)) buf.cues = ALL_CUES; // Han cue words are not anchored in English ads
      i++;
      continue;
    }
    const s = i;
    let last = i;
    let h = step(0, text.charCodeAt(i));
    let hLast = h;
    for (i++; i < end; i++) {
      const d = text.charCodeAt(i);
      if (isLower(d)) {
        h = step(h, d);
        hLast = h;
        last = i;
      } else if (d === 0x27 || d === 0x2019 || d === 0x2d) h = step(h, d);
      else break;
    }
    i = last + 1;
    if (i - s > MAX_TOKEN) {
      buf.cues |= englishWordCues(text.slice(s, i));
      continue;
    }
    const entry = stemAt(text, s, i, hLast);
    buf.cues |= entry.cues;
    buf.words++;
    buf.push(entry.e, s, i, meta);
    if (title) buf.push(entry.t, s, i, meta | TITLE_COPY);
  }
}

const shared = new TokenBuffer();

/**
 * Scans the model's fields of an ad into a reused buffer (valid until the next call). Without
 * `offsets` only the keys are recorded, and tokenName / tokenField cannot be used on the result.
 */
export function scanTokens(doc: AdDocument, offsets = true, buf: TokenBuffer = shared): TokenBuffer {
  buf.offsets = offsets;
  buf.length = 0;
  buf.words = 0;
  buf.han = 0;
  buf.cues = 0;
  for (let f = 0; f < MODEL_FIELDS.length; f++) {
    const text = doc.text(MODEL_FIELDS[f] as TextField);
    const end = Math.min(text.length, MAX_FIELD);
    if (doc.language === 'zh') scanChinese(text, end, f, buf);
    else scanEnglish(text, end, f, buf);
  }
  return buf;
}

const DIGITS = /\d+/g;

/** The feature name of token `i` (the string whose key the scanner computed). */
export function tokenName(doc: AdDocument, buf: TokenBuffer, i: number): string {
  const meta = buf.meta[i] as number;
  const field = MODEL_FIELDS[meta & 3] as TextField;
  const kind = (meta >> 2) & 3;
  const prefix = meta & TITLE_COPY ? 't:' : doc.language === 'zh' ? 'z:' : 'e:';
  const raw = doc.text(field).slice(buf.starts[i], buf.ends[i]);
  if (kind === KIND_HAN) return prefix + raw;
  if (kind === KIND_SHAPED) return prefix + raw.replace(DIGITS, (d) => `#${Math.min(d.length, 6)}`);
  return prefix + stemEntry(raw).stem;
}

/** The field of token `i`. */
export const tokenField = (buf: TokenBuffer, i: number): TextField =>
  MODEL_FIELDS[(buf.meta[i] as number) & 3] as TextField;
