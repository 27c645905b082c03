/**
 * Scope helpers shared by the fraud rules: the short segment (between commas, full stops, line
 * breaks) or the sentence around a match, so that negations and warnings ("不收取任何费用",
 * "we never charge", "谨防刷单诈骗") are read only where they apply.
 */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

const SEGMENT_BREAKS = new Set([0xff0c, 0x2c, 0x3002, 0xff1b, 0x3b, 0xff01, 0x21, 0xff1f, 0x3f, 0x0a, 0x0d]);
const SENTENCE_BREAKS = new Set([0x3002, 0xff1b, 0x3b, 0xff01, 0x21, 0xff1f, 0x3f, 0x0a, 0x0d]);

/** A full stop ends a sentence only before a space, a line break or the end (not in `$12.50`). */
function isStop(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2e) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x0a;
}

function around(text: string, start: number, end: number, breaks: Set<number>, reach: number): Segment {
  let s = start;
  const lo = Math.max(0, start - reach);
  while (s > lo && !breaks.has(text.charCodeAt(s - 1)) && !isStop(text, s - 1)) s--;
  let e = end;
  const hi = Math.min(text.length, end + reach);
  while (e < hi && !breaks.has(text.charCodeAt(e)) && !isStop(text, e)) e++;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** The comma-bounded segment around [start, end), at most `reach` characters either side. */
export const segmentAt = (text: string, start: number, end: number, reach = 160): Segment =>
  around(text, start, end, SEGMENT_BREAKS, reach);

/** The sentence around [start, end): breaks at 。；！？ line ends and full stops. */
export const sentenceAt = (text: string, start: number, end: number, reach = 400): Segment =>
  around(text, start, end, SENTENCE_BREAKS, reach);
