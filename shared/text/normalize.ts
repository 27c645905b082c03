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
function foldChar(cp: number, ch: string): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
  if (cp >= 0x4e00 && cp <= 0x9fff) return toSimplifiedChar(ch);
  let out = nfkcCache.get(cp);
  if (out === undefined) {
    out = ch.normalize('NFKC').toLowerCase();
    if (HAN.test(out)) out = [...out].map(toSimplifiedChar).join('');
    if (nfkcCache.size < 50_000) nfkcCache.set(cp, out);
  }
  return out;
}

/** A growable text with parallel offset arrays. */
class Builder {
  chars: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(unit: number, start: number, end: number): void {
    this.chars.push(unit);
    this.starts.push(start);
    this.ends.push(end);
  }
}

const PINYIN_UNIT = /[a-z\u00e0-\u00fc\u0101-\u01dc\u0300-\u036f]/;

function stripPinyin(b: Builder): Builder {
  const out = new Builder();
  const { chars } = b;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] as number;
    out.push(c, b.starts[i] as number, b.ends[i] as number);
    i++;
    if (!isHanCode(c) || chars[i] !== 0x28 /* ( */) continue;
    // look for `(` letters{1,8} digit? `)`
    let j = i + 1;
    while (j < chars.length && j - i <= 9 && PINYIN_UNIT.test(String.fromCharCode(chars[j] as number))) j++;
    if (j < chars.length && isDigitCode(chars[j] as number)) j++;
    if (j > i + 1 && chars[j] === 0x29 /* ) */) i = j + 1;
  }
  return out;
}

function collapseInsertedSpaces(b: Builder): Builder {
  const out = new Builder();
  const { chars } = b;
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const c = chars[i] as number;
    if (!isSpaceCode(c) || out.chars.length === 0) {
      out.push(c, b.starts[i] as number, b.ends[i] as number);
      i++;
      continue;
    }
    let j = i;
    while (j < n && isSpaceCode(chars[j] as number)) j++;
    const left = out.chars[out.chars.length - 1] as number;
    const right = j < n ? (chars[j] as number) : -1;
    if (right >= 0 && shouldCollapse(out.chars, left, right, chars, j)) {
      i = j;
      continue;
    }
    for (let k = i; k < j; k++) out.push(chars[k] as number, b.starts[k] as number, b.ends[k] as number);
    i = j;
  }
  return out;
}

function shouldCollapse(done: number[], left: number, right: number, rest: number[], from: number): boolean {
  const lh = isHanCode(left);
  const rh = isHanCode(right);
  if (lh && rh) return true;
  if ((lh && isDigitCode(right)) || (isDigitCode(left) && rh)) return true;
  if (isDigitCode(left) && isDigitCode(right)) {
    // `3 5 岁`: single spaced digits that run into Han text
    const beforeLeft = done.length >= 2 ? (done[done.length - 2] as number) : -1;
    if (beforeLeft >= 0 && isAlnumCode(beforeLeft)) return false;
    let k = from;
    while (k < rest.length) {
      const c = rest[k] as number;
      if (isDigitCode(c)) {
        const next = rest[k + 1];
        if (next !== undefined && isDigitCode(next)) return false;
        k++;
        continue;
      }
      if (isSpaceCode(c)) {
        k++;
        continue;
      }
      return isHanCode(c);
    }
  }
  return false;
}

export function normalize(original: string): NormalizedText {
  let b = new Builder();
  let i = 0;
  const n = original.length;
  while (i < n) {
    const cp = original.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const ch = len === 1 ? (original[i] as string) : original.slice(i, i + 2);
      const folded = foldChar(cp, ch);
      for (let k = 0; k < folded.length; k++) b.push(folded.charCodeAt(k), i, i + len);
    }
    i += len;
  }
  b = stripPinyin(b);
  b = collapseInsertedSpaces(b);
  return {
    original,
    text: charsToString(b.chars),
    starts: Int32Array.from(b.starts),
    ends: Int32Array.from(b.ends),
  };
}

function charsToString(chars: number[]): string {
  let s = '';
  for (let i = 0; i < chars.length; i += 8192) s += String.fromCharCode(...chars.slice(i, i + 8192));
  return s;
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginalSpan(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (nt.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, nt.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, nt.text.length));
  return { start: nt.starts[s] as number, end: nt.ends[e - 1] as number };
}
