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
