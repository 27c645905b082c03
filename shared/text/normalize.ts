/**
 * Evasion-resistant normalisation with an offset map back to the original text.
 *
 * Steps, each keeping a pointer from every output code unit to the original span it came from:
 *  - drop zero-width and format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, soft hyphen,
 *    variation selectors) that are inserted to split words;
 *  - NFKC per character (full-width letters and digits, circled digits, compatibility ideographs);
 *  - lower-case;
 *  - traditional → simplified Chinese, character by character (OpenCC tables), so that offsets stay 1:1;
 *  - drop pinyin annotations after a Han character, e.g. `个(gè)`;
 *  - drop spaces inserted inside Chinese words and numbers (`限 男`, `3 5 岁`).
 */
import { Buffer } from 'node:buffer';
import { toSimplifiedChar } from '#shared/text/t2s.ts';

export interface NormalizedText {
  readonly original: string;
  /** The normalised text rules match against. */
  readonly text: string;
  /** For every code unit of `text`, the start offset in `original` of the character it came from. */
  readonly starts: Int32Array;
  /** For every code unit of `text`, the end offset in `original` of the character it came from. */
  readonly ends: Int32Array;
}

const HAN = /\p{Script=Han}/u;
const isHanCode = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpaceCode = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
const isAlnumCode = (c: number): boolean => isDigitCode(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x2060 && c <= 0x2064) ||
  c === 0xfeff ||
  c === 0x00ad ||
  c === 0x034f ||
  c === 0x180e ||
  (c >= 0xfe00 && c <= 0xfe0f);

const nfkcCache = new Map<number, string>();

/** Folded form of each BMP code unit: 0 not computed, DROP invisible, MULTI several units, else unit + 1. */
const DROP = -1;
const MULTI = -2;
const bmpFold = new Int32Array(0x10000);
function foldBmp(unit: number): number {
  if (isInvisible(unit)) return DROP;
  const folded = foldChar(unit, String.fromCharCode(unit));
  return folded.length === 1 ? folded.charCodeAt(0) + 1 : folded.length === 0 ? DROP : MULTI;
}

/** Simplified form of each BMP Han code point, filled lazily from OpenCC (0 = not looked up yet). */
const t2sTable = new Uint16Array(0xa000 - 0x3400);
function simplifiedUnit(cp: number, ch: string): number {
  const k = cp - 0x3400;
  let u = t2sTable[k] as number;
  if (u === 0) {
    const s = toSimplifiedChar(ch);
    u = s.length === 1 ? s.charCodeAt(0) : cp;
    t2sTable[k] = u;
  }
  return u;
}
function foldChar(cp: number, ch: string): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
  if (cp >= 0x3400 && cp <= 0x9fff) return String.fromCharCode(simplifiedUnit(cp, ch));
  let out = nfkcCache.get(cp);
  if (out === undefined) {
    out = ch.normalize('NFKC').toLowerCase();
    if (HAN.test(out)) out = [...out].map(toSimplifiedChar).join('');
    if (nfkcCache.size < 50_000) nfkcCache.set(cp, out);
  }
  return out;
}

/** A text with parallel offset arrays, in typed arrays that grow by doubling. */
class OffsetBuffer {
  chars: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.chars = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(unit: number, start: number, end: number): void {
    if (this.length === this.chars.length) this.grow();
    this.chars[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  private grow(): void {
    const cap = Math.max(16, this.chars.length * 2);
    const c = new Uint16Array(cap);
    c.set(this.chars);
    const s = new Int32Array(cap);
    s.set(this.starts);
    const e = new Int32Array(cap);
    e.set(this.ends);
    this.chars = c;
    this.starts = s;
    this.ends = e;
  }
  /** Moves unit `from` to position `to` (to <= from), for in-place filtering. */
  move(from: number, to: number): void {
    this.chars[to] = this.chars[from] as number;
    this.starts[to] = this.starts[from] as number;
    this.ends[to] = this.ends[from] as number;
  }
}

const isPinyinUnit = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0xfc) || (c >= 0x101 && c <= 0x1dc) || (c >= 0x300 && c <= 0x36f);

/** Drops `(gè)`-style pinyin annotations after Han characters, in place. */
function stripPinyin(b: OffsetBuffer): void {
  const { chars } = b;
  const n = b.length;
  let w = 0;
  let i = 0;
  while (i < n) {
    const c = chars[i] as number;
    b.move(i, w++);
    i++;
    if (!isHanCode(c) || chars[i] !== 0x28 /* ( */) continue;
    let j = i + 1;
    while (j < n && j - i <= 9 && isPinyinUnit(chars[j] as number)) j++;
    if (j < n && isDigitCode(chars[j] as number)) j++;
    if (j > i + 1 && j < n && chars[j] === 0x29 /* ) */) i = j + 1;
  }
  b.length = w;
}

/** Drops spaces inserted inside Chinese words and numbers (`限 男`, `3 5 岁`), in place. */
function collapseInsertedSpaces(b: OffsetBuffer): void {
  const { chars } = b;
  const n = b.length;
  let w = 0;
  let i = 0;
  while (i < n) {
    const c = chars[i] as number;
    if (!isSpaceCode(c) || w === 0) {
      b.move(i, w++);
      i++;
      continue;
    }
    let j = i;
    while (j < n && isSpaceCode(chars[j] as number)) j++;
    const left = chars[w - 1] as number;
    const beforeLeft = w >= 2 ? (chars[w - 2] as number) : -1;
    if (j < n && shouldCollapse(beforeLeft, left, chars, j, n)) {
      i = j;
      continue;
    }
    for (let k = i; k < j; k++) b.move(k, w++);
    i = j;
  }
  b.length = w;
}

function shouldCollapse(beforeLeft: number, left: number, chars: Uint16Array, from: number, n: number): boolean {
  const right = chars[from] as number;
  const lh = isHanCode(left);
  const rh = isHanCode(right);
  if (lh && rh) return true;
  if ((lh && isDigitCode(right)) || (isDigitCode(left) && rh)) return true;
  if (isDigitCode(left) && isDigitCode(right)) {
    // `3 5 岁`: single spaced digits that run into Han text (bounded look-ahead)
    if (beforeLeft >= 0 && isAlnumCode(beforeLeft)) return false;
    const limit = Math.min(n, from + 16);
    for (let k = from; k < limit; k++) {
      const c = chars[k] as number;
      if (isDigitCode(c)) {
        const next = chars[k + 1];
        if (k + 1 < n && next !== undefined && isDigitCode(next)) return false;
        continue;
      }
      if (isSpaceCode(c)) continue;
      return isHanCode(c);
    }
  }
  return false;
}

const decoder = new TextDecoder('utf-16le');

/** Text whose normalised form maps 1:1 onto the original: offsets are the identity, built only if asked for. */
class IdentityText implements NormalizedText {
  readonly original: string;
  readonly text: string;
  private offsets?: { starts: Int32Array; ends: Int32Array };
  constructor(original: string, text: string) {
    this.original = original;
    this.text = text;
  }
  private build(): { starts: Int32Array; ends: Int32Array } {
    if (!this.offsets) {
      const n = this.text.length;
      const starts = new Int32Array(n);
      const ends = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
      this.offsets = { starts, ends };
    }
    return this.offsets;
  }
  get starts(): Int32Array {
    return this.build().starts;
  }
  get ends(): Int32Array {
    return this.build().ends;
  }
}

/** Folded form of a BMP code unit for the fast path: unit + 1, or DROP / MULTI to take the full path. */
function foldUnit(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return MULTI;
  if (unit < 0x80) return (unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit) + 1;
  if (unit >= 0x3400 && unit <= 0x9fff) return simplifiedUnit(unit, String.fromCharCode(unit)) + 1;
  return foldBmp(unit);
}

/** Characters that make the pinyin or inserted-space passes necessary. */
const SLOW_TRIGGER =
  /[\u3400-\u9fff\uf900-\ufaff][(（]|\p{Script=Han}[ \t\u3000\u00a0]+[\p{Script=Han}\d０-９]|[\d０-９][ \t\u3000\u00a0]+\p{Script=Han}|[\d０-９][ \t\u3000\u00a0][ \t\u3000\u00a0\d０-９]{0,16}\p{Script=Han}/u;

let scratch = new Uint16Array(4096);

/** A cheap pre-check for SLOW_TRIGGER: most text has none of these pairs. */
const COARSE_TRIGGER = /[\u3400-\u9fff\uf900-\ufaff][(（ \t\u3000\u00a0]|[\d０-９][ \t\u3000\u00a0]/;

export function normalize(original: string): NormalizedText {
  const n = original.length;
  if (COARSE_TRIGGER.test(original) && SLOW_TRIGGER.test(original)) return normalizeSlow(original);
  // fast path: every unit folds to exactly one unit, written to a reused scratch buffer
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  let changed = false;
  for (let i = 0; i < n; i++) {
    const u = original.charCodeAt(i);
    let f = bmpFold[u] as number;
    if (f === 0) {
      f = foldUnit(u);
      bmpFold[u] = f;
    }
    if (f <= 0) return normalizeSlow(original);
    scratch[i] = f - 1;
    if (f - 1 !== u) changed = true;
  }
  if (!changed) return new IdentityText(original, original);
  const bytes = Buffer.from(scratch.buffer, scratch.byteOffset, n * 2);
  return new IdentityText(original, bytes.toString('ucs2'));
}

function normalizeSlow(original: string): NormalizedText {
  const n = original.length;
  const b = new OffsetBuffer(n + 8);
  let i = 0;
  while (i < n) {
    const unit = original.charCodeAt(i);
    // fast path: ASCII
    if (unit < 0x80) {
      b.push(unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit, i, i + 1);
      i++;
      continue;
    }
    if (unit >= 0x3400 && unit <= 0x9fff) {
      b.push(simplifiedUnit(unit, original[i] as string), i, i + 1);
      i++;
      continue;
    }
    if (unit < 0xd800 || unit > 0xdfff) {
      // BMP, not a surrogate: one table look-up after the first time
      let f = bmpFold[unit] as number;
      if (f === 0) f = bmpFold[unit] = foldBmp(unit);
      if (f > 0) b.push(f - 1, i, i + 1);
      else if (f === MULTI) {
        const folded = foldChar(unit, original[i] as string);
        for (let k = 0; k < folded.length; k++) b.push(folded.charCodeAt(k), i, i + 1);
      }
      i++;
      continue;
    }
    const cp = original.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const ch = len === 1 ? (original[i] as string) : original.slice(i, i + 2);
      const folded = foldChar(cp, ch);
      for (let k = 0; k < folded.length; k++) b.push(folded.charCodeAt(k), i, i + len);
    }
    i += len;
  }
  if (original.includes('(') || original.includes('（')) stripPinyin(b);
  collapseInsertedSpaces(b);
  const text = decoder.decode(b.chars.subarray(0, b.length));
  return { original, text, starts: b.starts.slice(0, b.length), ends: b.ends.slice(0, b.length) };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (nt.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, nt.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, nt.text.length));
  if (nt instanceof IdentityText) return { start: s, end: e };
  return { start: nt.starts[s] as number, end: nt.ends[e - 1] as number };
}
