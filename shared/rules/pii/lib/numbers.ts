/**
 * Digit runs in normalised text, with the separators people use to split identifiers (spaces,
 * hyphens, dashes) — `6222 0216 0200 4738 193`, `529-41-7730`. Full-width digits are already folded
 * to ASCII by the normaliser. Patterns are bounded: a run holds at most 40 digits, so a million
 * repeated digits cost linear time.
 */

export interface NumberRun {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** The digits (and a trailing x) without separators. */
  compact: string;
  /** The run as written (normalised). */
  raw: string;
}

// one digit, then up to 39 more, each optionally after one or two separators; an ID check character x may close it
const RUN = /\d(?:[ \-‐‑–—]{0,2}\d){5,39}(?:[ -]?x(?![a-z]))?/g;
const MAX_DIGITS = 24;
const SEPARATOR = /[ \-‐‑–—]/g;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;

function* split(run: NumberRun): Generator<NumberRun> {
  // "身份证 511321199011052173 电话 13580216634" joined by one space: try the space-separated pieces
  let from = 0;
  const pieces = run.raw.split(/(\s+)/);
  for (const p of pieces) {
    const compact = p.replace(SEPARATOR, '');
    if (/^\d{9,}x?$/.test(compact)) {
      yield { start: run.start + from, end: run.start + from + p.length, compact, raw: p };
    }
    from += p.length;
  }
}

/**
 * Every maximal run of 6–24 digits (longer runs only through their pieces). A run glued to a letter (`sf1234567890`, `no1234567`) is a code,
 * not an identifier, and is skipped. When the whole run is not the identifier the caller wants, `pieces`
 * also yields its space-separated parts of 9+ digits.
 */
export function* numberRuns(text: string, pieces = false): Generator<NumberRun> {
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if (isDigit(before) || isDigit(after) || isLatin(before) || isLatin(after)) continue;
    const run = { start, end, compact: m[0].replace(SEPARATOR, ''), raw: m[0] };
    if (run.compact.length <= MAX_DIGITS) yield run;
    // pieces only matter when the whole run is too long to be one identifier
    if (pieces && run.compact.length > 19 && /\s/.test(m[0])) yield* split(run);
  }
}

/** The separators of a run are consistent groups, e.g. 4-4-4-4 or 3-2-4. */
export function groupSizes(raw: string): number[] {
  return raw.split(/[ \-‐‑–—]+/).map((g) => g.length);
}
