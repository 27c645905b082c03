/** Which ad fields personal-data rules read, and small text-window helpers. */
import type { TextField } from '#shared/text/document.ts';

/** Everywhere an identifier can be pasted: the body, the employer profile and the contact block. */
export const IDENTIFIER_FIELDS: readonly TextField[] = [
  'title',
  'description',
  'requirements',
  'benefits',
  'employer.profile',
  'contact.name',
  'contact.phone',
  'contact.email',
  'contact.im',
  'location.address',
];

/** Where the employer states the job and its application process. */
export const STATEMENT_FIELDS: readonly TextField[] = [
  'title',
  'description',
  'requirements',
  'benefits',
  'employer.profile',
];

/** Up to `n` characters before `pos`, not crossing a line break. */
export function lineBefore(text: string, pos: number, n: number): string {
  const from = Math.max(0, pos - n);
  const chunk = text.slice(from, pos);
  const nl = chunk.lastIndexOf('\n');
  return nl >= 0 ? chunk.slice(nl + 1) : chunk;
}

/** Up to `n` characters after `pos`, not crossing a line break. */
export function lineAfter(text: string, pos: number, n: number): string {
  const chunk = text.slice(pos, pos + n);
  const nl = chunk.indexOf('\n');
  return nl >= 0 ? chunk.slice(0, nl) : chunk;
}

/** Tests a (non-global) regex against a string; a global one is reset first. */
export function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

const BREAK_CHARS = new Set([...'。；;！!？?\n\r']);
const isBreak = (text: string, i: number): boolean => {
  const c = text[i] ?? '';
  if (BREAK_CHARS.has(c)) return true;
  return c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1] ?? ''));
};

/**
 * The sentence around [start, end), looking at most `reach` characters each way (AdDocument.sentenceAt
 * scans the whole field from its start, which is quadratic when called per mention).
 */
export function sentenceAround(text: string, start: number, end: number, reach = 200): string {
  let s = start;
  const sMin = Math.max(0, start - reach);
  while (s > sMin && !isBreak(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + reach);
  while (e < eMax && !isBreak(text, e)) e++;
  return text.slice(s, e);
}
