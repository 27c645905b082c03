/**
 * Masking of personal data in evidence. A masked excerpt keeps its length and separators so a
 * reviewer can see where it was, but never more than the masked form shows.
 */
import type { MaskKind } from '#shared/engine/types.ts';

const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c);

/** Replaces every alphanumeric character at alnum-position outside [keepHead, n - keepTail) with `*`. */
function maskAlnum(s: string, keepHead: number, keepTail: number): string {
  const chars = [...s];
  const total = chars.filter(isAlnum).length;
  // always hide at least a third of an identifier, and at least 4 characters
  let head = keepHead;
  let tail = keepTail;
  const maxShown = Math.max(0, Math.min(total - 4, Math.floor((total * 2) / 3)));
  while (head + tail > maxShown && (head > 0 || tail > 0)) {
    if (head >= tail && head > 0) head--;
    else tail--;
  }
  let k = 0;
  return chars
    .map((c) => {
      if (!isAlnum(c)) return c;
      const pos = k++;
      return pos < head || pos >= total - tail ? c : '*';
    })
    .join('');
}

export function mask(text: string, kind: MaskKind): string {
  switch (kind) {
    case 'id':
      return maskAlnum(text, 6, 4);
    case 'card':
      return maskAlnum(text, 4, 4);
    case 'phone':
      return maskAlnum(text, 3, 4);
    case 'ssn':
    case 'nino':
      return maskAlnum(text, 0, 3);
    case 'email': {
      const at = text.indexOf('@');
      if (at <= 0) return maskAlnum(text, 1, 0);
      return `${text[0]}${'*'.repeat(Math.max(1, at - 1))}${text.slice(at)}`;
    }
    case 'name': {
      const chars = [...text];
      return chars.map((c, i) => (i === 0 || !isAlnum(c) ? c : '*')).join('');
    }
    default:
      return [...text].map((c) => (isDigit(c) ? '*' : c)).join('');
  }
}

/** Masks every run of 6+ digits (with separators) in free text: used for stored ad text and logs. */
const LONG_NUMBER = /(?<![\p{N}])(?:\d[\s-]?){5,}\d(?:[\dxX])?/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
export function maskIdentifiersInText(text: string): string {
  return text
    .replace(LONG_NUMBER, (m) => maskAlnum(m, 0, Math.min(4, Math.floor(m.replace(/\D/g, '').length / 4))))
    .replace(EMAIL, (m) => mask(m, 'email'));
}
