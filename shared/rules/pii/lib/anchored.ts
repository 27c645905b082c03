import { type LiteralHit, LiteralScanner } from '#shared/rules/pii/lib/literals.ts';

/**
 * Fast matching of a large alternation of lexicon patterns. V8 scans a plain alternation of literal
 * words quickly but a large alternation of patterns with optional groups slowly (≈100 µs per 1.5 KB
 * ad). So each pattern's required literal words ("anchors") are extracted once; the text is scanned
 * for anchors, and the full pattern runs only in a bounded window around each anchor hit.
 * test/rules/pii/anchored.test.ts checks this finds exactly what the full regex finds.
 */

const META = new Set([...'()[]{}|.*+?^$\\']);

/** Splits a pattern source at top-level `|`. */
function splitTop(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cls = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (cls) {
      if (c === ']') cls = false;
      continue;
    }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Index just past the group or class that starts at `i`. */
function skipGroup(src: string, i: number): number {
  const open = src[i];
  if (open === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  let depth = 0;
  let cls = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (cls) {
      if (c === ']') cls = false;
      continue;
    }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return src.length;
}

const optionalAt = (src: string, i: number): boolean =>
  src[i] === '?' || src[i] === '*' || (src[i] === '{' && src[i + 1] === '0');

/**
 * Literal words one of which every match of `src` contains, or undefined when none can be found
 * (the caller then scans the whole text).
 */
export function anchorsOf(src: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of splitTop(src)) {
    const a = anchorOfAlternative(alt);
    if (!a) return undefined;
    out.push(...a);
  }
  return out;
}

function anchorOfAlternative(alt: string): string[] | undefined {
  let best: string[] | undefined;
  let bestScore = 0;
  let run = '';
  const flush = () => {
    if (run.length > bestScore) {
      best = [run];
      bestScore = run.length;
    }
    run = '';
  };
  let i = 0;
  while (i < alt.length) {
    const c = alt[i] as string;
    if (c === '(' || c === '[') {
      flush();
      const end = skipGroup(alt, i);
      const optional = optionalAt(alt, end);
      if (c === '(' && !optional && !/^\(\?<?[=!]/.test(alt.slice(i, i + 4))) {
        const inner = alt.slice(alt[i + 1] === '?' && alt[i + 2] === ':' ? i + 3 : i + 1, end - 1);
        const sub = anchorsOf(inner);
        if (sub && sub.length > 0) {
          const score = Math.min(...sub.map((s) => s.length)) - 0.5;
          if (score > bestScore) {
            best = sub;
            bestScore = score;
          }
        }
      }
      i = end;
      if (optionalAt(alt, i) || alt[i] === '+' || alt[i] === '{') i = skipQuantifier(alt, i);
      continue;
    }
    if (c === '\\') {
      flush();
      i += 2;
      if (alt[i - 1] === 'p' && alt[i] === '{') i = alt.indexOf('}', i) + 1;
      if (optionalAt(alt, i) || alt[i] === '+' || alt[i] === '{') i = skipQuantifier(alt, i);
      continue;
    }
    if (META.has(c)) {
      flush();
      i = c === '{' ? skipQuantifier(alt, i) : i + 1;
      continue;
    }
    // a literal character: required unless a quantifier makes it optional
    const next = alt[i + 1];
    if (next === '?' || next === '*' || (next === '{' && alt[i + 2] === '0')) {
      flush();
      i += 2;
      continue;
    }
    if (next === '+' || next === '{') {
      run += c;
      flush();
      i = skipQuantifier(alt, i + 1);
      continue;
    }
    run += c;
    i++;
  }
  flush();
  return best;
}

function skipQuantifier(src: string, i: number): number {
  if (src[i] === '{') {
    const close = src.indexOf('}', i);
    i = close < 0 ? src.length : close + 1;
  } else i++;
  if (src[i] === '?') i++;
  return i;
}

/**
 * An anchor that begins with a Latin letter may start inside a word when the pattern has a letter,
 * an optional mark or a class right before it (`mother'?s maiden` → `s maiden name`), or when it is
 * not at a word start anywhere in the pattern source.
 */
function startsMidWord(src: string, anchor: string): boolean {
  if (!/^[a-z]/i.test(anchor)) return false;
  for (let i = src.indexOf(anchor); i >= 0; i = src.indexOf(anchor, i + 1)) {
    const before = src.slice(Math.max(0, i - 2), i);
    if (i === 0 || /(?:^|[^\\])[|(: ]$/.test(before) || before.endsWith('\\b') || /[|(: ]$/.test(before)) {
      if (!/[a-z'?\]]$/i.test(before) || before.endsWith('\\b')) continue;
    }
    return true;
  }
  return false;
}

export interface AnchoredMatch {
  start: number;
  end: number;
  /** Which source pattern matched (its index in the constructor's list). */
  source: number;
}

/**
 * Matches a list of patterns in `text` as one alternation would (leftmost match; at the same start,
 * the earlier pattern), but looks only in windows around anchor hits and runs only the patterns
 * that anchor can start. `reach` bounds how far a match may extend before or after its anchor.
 */
export class AnchoredMatcher {
  private readonly anchor: LiteralScanner | undefined;
  /** Every anchor word, and those that may start inside a Latin word (for a shared scanner). */
  readonly anchorWords: readonly string[];
  readonly midWords: readonly string[];
  private readonly full: RegExp;
  private readonly each: readonly RegExp[];
  private readonly byAnchor = new Map<string, number[]>();
  private readonly reach: number;

  constructor(sources: readonly string[], flags: string, reach = 80) {
    const g = flags.includes('g') ? flags : `${flags}g`;
    this.full = new RegExp(sources.map((s) => `(${s})`).join('|'), g);
    this.each = sources.map((s) => new RegExp(s, g));
    const midWord = new Set<string>();
    let complete = true;
    sources.forEach((s, idx) => {
      const a = anchorsOf(s);
      if (!a) {
        complete = false;
        return;
      }
      for (const x of a) {
        const list = this.byAnchor.get(x) ?? [];
        if (!list.includes(idx)) list.push(idx);
        this.byAnchor.set(x, list);
        if (startsMidWord(s, x)) midWord.add(x);
      }
    });
    this.anchor = complete ? new LiteralScanner(this.byAnchor.keys(), midWord) : undefined;
    this.anchorWords = complete ? [...this.byAnchor.keys()] : [];
    this.midWords = [...midWord];
    this.reach = reach;
  }

  *matches(text: string): Generator<AnchoredMatch> {
    if (!this.anchor) {
      yield* this.fullMatches(text);
      return;
    }
    const anchor = this.anchor;
    let done = 0; // text before `done` has been matched already
    let next = 0;
    for (let a = anchor.next(text, 0); a !== undefined; a = anchor.next(text, next)) {
      next = a.index + 1;
      if (a.index + a.word.length <= done) continue;
      let best = this.around(text, a, done);
      if (!best) continue;
      // a pattern anchored further right may still start further left ("family medical history")
      for (
        let b = anchor.next(text, a.index + 1, best.end);
        b !== undefined;
        b = anchor.next(text, b.index + 1, best.end)
      ) {
        const other = this.around(text, b, done);
        if (other && (other.start < best.start || (other.start === best.start && other.source < best.source)))
          best = other;
      }
      yield best;
      done = best.end;
      next = Math.max(next, best.end);
    }
  }

  /**
   * Like `matches`, from anchor hits found by a shared scanner (`LiteralScanner.all` over a superset of
   * this matcher's anchors), so several matchers over one text scan it once.
   */
  *matchesFromHits(text: string, hits: readonly LiteralHit[]): Generator<AnchoredMatch> {
    if (!this.anchor) {
      yield* this.fullMatches(text);
      return;
    }
    let done = 0;
    for (let k = 0; k < hits.length; k++) {
      const a = hits[k] as LiteralHit;
      if (!this.byAnchor.has(a.word) || a.index + a.word.length <= done) continue;
      let best = this.around(text, a, done);
      if (!best) continue;
      for (let j = k + 1; j < hits.length; j++) {
        const b = hits[j] as LiteralHit;
        if (b.index >= best.end) break;
        if (!this.byAnchor.has(b.word)) continue;
        const other = this.around(text, b, done);
        if (other && (other.start < best.start || (other.start === best.start && other.source < best.source)))
          best = other;
      }
      yield best;
      done = best.end;
    }
  }

  /** The leftmost match of the patterns `hit` can start that covers the anchor, not starting before `done`. */
  private around(text: string, hit: LiteralHit, done: number): AnchoredMatch | undefined {
    const at = hit.index;
    const from = Math.max(done, at - this.reach);
    // a few characters of context so lookbehinds and \b see what precedes the window
    const ctx = Math.max(0, from - 8);
    const to = Math.min(text.length, at + hit.word.length + this.reach);
    const window = text.slice(ctx, to);
    let best: AnchoredMatch | undefined;
    for (const idx of this.byAnchor.get(hit.word) ?? []) {
      const re = this.each[idx] as RegExp;
      re.lastIndex = from - ctx;
      for (let m = re.exec(window); m !== null; m = re.exec(window)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = ctx + m.index;
        if (start > at) break;
        const end = start + m[0].length;
        if (end <= at) continue;
        if (!best || start < best.start || (start === best.start && idx < best.source))
          best = { start, end, source: idx };
        break;
      }
    }
    return best;
  }

  private *fullMatches(text: string): Generator<AnchoredMatch> {
    const full = this.full;
    full.lastIndex = 0;
    for (let m = full.exec(text); m !== null; m = full.exec(text)) {
      if (m[0].length === 0) {
        full.lastIndex++;
        continue;
      }
      let source = 0;
      for (let i = 1; i < m.length; i++) {
        if (m[i] !== undefined) {
          source = i - 1;
          break;
        }
      }
      yield { start: m.index, end: m.index + m[0].length, source };
    }
  }
}
