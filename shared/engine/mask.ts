/**
 * Masking of personal data in evidence and stored ad text.
 *
 * Guarantees (checked by property tests in test/engine/mask.test.ts):
 *  - the masked text has the same UTF-16 length as the input, so offsets stay valid;
 *  - separators and punctuation are kept; every other character is either kept in place or becomes `*`
 *    (an astral character becomes `**`);
 *  - at most the characters each kind's policy shows are revealed, counted over letters and digits:
 *    id — first 6 and last 4 of an 18-character resident ID (`430102********1234`: region and last
 *    four; the birth date is always hidden), else at most half; card — first 4 and last 4, at most half;
 *    phone — first 3 and last 2 of a mobile, at most half; ssn / nino — last 3, at most a third;
 *    name — the first character only (none of a one-character name); email — the first character of the
 *    local part (the domain is kept); generic — every digit hidden.
 */
import type { MaskKind } from '#shared/engine/types.ts';

interface Policy {
  head: number;
  tail: number;
  /** The most letters and digits that may show, given how many there are. */
  maxShown: (total: number) => number;
}

const half = (n: number) => Math.floor(n / 2);
const POLICIES: Record<'id' | 'card' | 'phone' | 'ssn' | 'nino', Policy> = {
  id: { head: 6, tail: 4, maxShown: (n) => (n >= 18 ? n - 8 : half(n)) },
  card: { head: 4, tail: 4, maxShown: half },
  phone: { head: 3, tail: 2, maxShown: half },
  ssn: { head: 0, tail: 3, maxShown: (n) => Math.floor(n / 3) },
  nino: { head: 0, tail: 3, maxShown: (n) => Math.floor(n / 3) },
};

const ALNUM = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;
const star = (c: string) => (c.length === 2 ? '**' : '*');

/** Keeps the first `head` and last `tail` letters/digits (reduced to fit `maxShown`), stars the rest. */
function maskAlnum(s: string, p: Policy): string {
  const chars = [...s];
  let total = 0;
  for (const c of chars) if (ALNUM.test(c)) total++;
  let head = p.head;
  let tail = p.tail;
  const max = Math.max(0, p.maxShown(total));
  while (head + tail > max) {
    if (tail > 0 && (tail >= head || head === 0)) tail--;
    else head--;
  }
  let k = 0;
  let out = '';
  for (const c of chars) {
    if (!ALNUM.test(c)) {
      out += c;
      continue;
    }
    const pos = k++;
    out += pos < head || pos >= total - tail ? c : star(c);
  }
  return out;
}

function maskName(s: string): string {
  const chars = [...s];
  let total = 0;
  for (const c of chars) if (ALNUM.test(c)) total++;
  let shown = total > 1 ? 1 : 0;
  let out = '';
  for (const c of chars) {
    if (!ALNUM.test(c)) out += c;
    else if (shown > 0) {
      out += c;
      shown--;
    } else out += star(c);
  }
  return out;
}

function maskEmail(s: string): string {
  const at = s.lastIndexOf('@');
  if (at <= 0) return maskName(s);
  const local = [...s.slice(0, at)];
  let out = '';
  let first = true;
  for (const c of local) {
    if (first && ALNUM.test(c)) {
      out += c;
      first = false;
    } else out += ALNUM.test(c) || c === '.' || c === '_' || c === '-' || c === '+' ? star(c) : c;
  }
  return out + s.slice(at);
}

export function mask(text: string, kind: MaskKind): string {
  switch (kind) {
    case 'id':
    case 'card':
    case 'phone':
    case 'ssn':
    case 'nino':
      return maskAlnum(text, POLICIES[kind]);
    case 'email':
      return maskEmail(text);
    case 'name':
      return maskName(text);
    default:
      return [...text].map((c) => (DIGIT.test(c) ? star(c) : c)).join('');
  }
}

/**
 * Masks identifiers in free text (stored ad text, logs): every run of 6+ digits (any script, with
 * single space or hyphen separators) keeps at most its last 4 digits and at most a quarter of them;
 * UK National Insurance numbers and e-mail addresses are masked too. Lengths are kept.
 */
// separators: whitespace, hyphens and dashes, and the zero-width characters used to split numbers
const LONG_NUMBER = /(?<!\p{Nd})\p{Nd}(?:[\s\-‐‑–—－\u200b-\u200d\u2060\ufeff]?\p{Nd}){5,}(?:[\s-]?[xX])?/gu;
const NINO = /(?<![\p{L}\p{N}])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/gu;
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,255}\.\p{L}{2,24}/gu;
const FREE_TEXT: Policy = { head: 0, tail: 4, maxShown: (n) => Math.min(4, Math.floor(n / 4)) };

export function maskIdentifiersInText(text: string): string {
  return text
    .replace(NINO, (m) => mask(m, 'nino'))
    .replace(LONG_NUMBER, (m) => maskAlnum(m, FREE_TEXT))
    .replace(EMAIL, (m) => mask(m, 'email'));
}
