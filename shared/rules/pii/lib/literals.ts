/**
 * A multi-word literal scanner. V8 runs a regex alternation of ~50 words at ≈25 µs per 1.5 KB
 * (it tries every word's first character at every position); this looks each position up in a
 * typed-array table keyed by its first two characters (ASCII) or first character (CJK) and compares
 * only the few words that start that way — ≈2–4 µs per 1.5 KB.
 */
const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

export interface LiteralHit {
  index: number;
  word: string;
}

export class LiteralScanner {
  /** ASCII pairs: (c1 << 7 | c2) → candidate words, longest first. */
  private readonly pairs: (string[] | undefined)[] = new Array(128 * 128);
  private readonly pairTable = new Uint8Array(128 * 128);
  /** Any other first character → candidate words, longest first. */
  private readonly singles = new Map<number, string[]>();
  private readonly singleTable = new Uint8Array(65536);
  readonly size: number;

  /** Words that may start inside an English word (e.g. the `s maiden name` of `mother's`). */
  private readonly midWord: readonly string[];
  private readonly midTable = new Uint8Array(65536);

  /**
   * `midWord` lists the words that can start inside a Latin word; every other word that starts with
   * a Latin letter is only looked for at the start of a word, which skips most positions of English text.
   */
  constructor(words: Iterable<string>, midWord: Iterable<string> = []) {
    const unique = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    this.size = unique.length;
    const mid = new Set(midWord);
    this.midWord = unique.filter((w) => mid.has(w));
    for (const w of this.midWord) this.midTable[w.charCodeAt(0)] = 1;
    for (const w of unique) {
      if (mid.has(w)) continue;
      const c1 = w.charCodeAt(0);
      const c2 = w.length > 1 ? w.charCodeAt(1) : -1;
      if (c1 < 128 && c2 >= 0 && c2 < 128) {
        const k = (c1 << 7) | c2;
        this.pairTable[k] = 1;
        const list = this.pairs[k] ?? [];
        list.push(w);
        this.pairs[k] = list;
      } else {
        this.singleTable[c1] = 1;
        const list = this.singles.get(c1) ?? [];
        list.push(w);
        this.singles.set(c1, list);
      }
    }
  }

  /** The first word occurrence starting in [from, until) (longest word at the leftmost position). */
  next(text: string, from: number, until = text.length): LiteralHit | undefined {
    const n = text.length;
    const stop = Math.min(n, until);
    const mid = this.midWord;
    let prevLetter = from > 0 && isLetter(text.charCodeAt(from - 1));
    for (let i = from; i < stop; i++) {
      const c1 = text.charCodeAt(i);
      if (this.midTable[c1] === 1) for (const w of mid) if (text.startsWith(w, i)) return { index: i, word: w };
      const letter = isLetter(c1);
      if (letter && prevLetter) continue; // inside a Latin word: only mid-word words start here
      prevLetter = letter;
      if (c1 < 128) {
        const c2 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c2 < 128) {
          const k = (c1 << 7) | c2;
          if (this.pairTable[k] === 1) {
            for (const w of this.pairs[k] as string[]) if (text.startsWith(w, i)) return { index: i, word: w };
          }
        }
      }
      if (this.singleTable[c1] === 1) {
        for (const w of this.singles.get(c1) as string[]) if (text.startsWith(w, i)) return { index: i, word: w };
      }
    }
    return undefined;
  }

  /** Every occurrence of every word (several words may start at one position), in text order. */
  all(text: string): LiteralHit[] {
    const out: LiteralHit[] = [];
    const n = text.length;
    const mid = this.midWord;
    let prevLetter = false;
    for (let i = 0; i < n; i++) {
      const c1 = text.charCodeAt(i);
      if (this.midTable[c1] === 1) for (const w of mid) if (text.startsWith(w, i)) out.push({ index: i, word: w });
      const letter = isLetter(c1);
      if (letter && prevLetter) continue;
      prevLetter = letter;
      if (c1 < 128) {
        const c2 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c2 < 128) {
          const k = (c1 << 7) | c2;
          if (this.pairTable[k] === 1) {
            for (const w of this.pairs[k] as string[]) if (text.startsWith(w, i)) out.push({ index: i, word: w });
          }
        }
      }
      if (this.singleTable[c1] === 1) {
        for (const w of this.singles.get(c1) as string[]) if (text.startsWith(w, i)) out.push({ index: i, word: w });
      }
    }
    return out;
  }

  /** true when any word occurs in `text`. */
  test(text: string): boolean {
    return this.next(text, 0) !== undefined;
  }
}
