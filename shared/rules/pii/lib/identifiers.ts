/**
 * Identifier validators. Structure and check digits come from well-kept libraries where one exists:
 * `validator` (GB 11643 resident ID: region, real birth date, ISO 7064 check character; Luhn),
 * `ssn-validator` (SSA area/group/serial rules) and `valid-nino` (HMRC NIM39110 prefix rules: first
 * letter not D F I Q U V, second not D F I O Q U V, prefixes BG GB KN NK NT TN ZZ never issued —
 * it is a single regex, but it encodes the published rules exactly, so it is used as is).
 * The issuer table for cards is ours: `validator`'s isCreditCard knows 16-digit UnionPay only, while
 * Chinese debit cards run to 19 digits.
 */
import isIdentityCard from 'validator/lib/isIdentityCard.js';
import isLuhnNumber from 'validator/lib/isLuhnNumber.js';
import { isValid as isValidSsn } from 'ssn-validator';
import validNino from 'valid-nino';

type Check = (s: string) => boolean;
/** CommonJS interop differs between Node and vitest: take the function whichever way it arrives. */
const fn = (m: unknown): Check => (typeof m === 'function' ? m : (m as { default: Check }).default) as Check;
const checkNino = fn(validNino);
const checkIdCard = fn(isIdentityCard) as unknown as (s: string, locale: string) => boolean;
const checkLuhn = fn(isLuhnNumber);

/** Specimen numbers printed in standards and forms; a specimen is not anyone's data. */
const SPECIMENS = new Set([
  '11010519491231002x', // GB 11643-1999 worked example
  '123456789', // the SSA's "never issued" advertising example
  '078051120', // Woolworth wallet card
]);

/** GB 11643 resident ID: 18 characters, valid region and birth date (1900 onwards), check character. */
export function isCnResidentId(compact: string): boolean {
  if (compact.length !== 18 || SPECIMENS.has(compact)) return false;
  if (!checkIdCard(compact.toUpperCase(), 'zh-CN')) return false;
  const year = Number(compact.slice(6, 10));
  return year >= 1900;
}

/** Mainland mobile number (11 digits, 1[3-9]…), optionally with the 86 country code. */
export function isCnMobile(compact: string): boolean {
  const c = compact.length === 13 && compact.startsWith('86') ? compact.slice(2) : compact;
  return /^1[3-9]\d{9}$/.test(c);
}

/** Issuer prefixes (IIN) and lengths of payment cards seen in ads. */
const CARD_ISSUERS: readonly { prefix: RegExp; lengths: readonly number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] }, // Visa
  { prefix: /^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] }, // Mastercard
  { prefix: /^3[47]/, lengths: [15] }, // American Express
  { prefix: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay (most mainland debit cards)
  { prefix: /^(6011|64[4-9]|65)/, lengths: [16, 19] }, // Discover
  { prefix: /^35(2[89]|[3-8]\d)/, lengths: [16, 19] }, // JCB
  { prefix: /^(30[0-5]|3[68])/, lengths: [14, 16] }, // Diners Club
  { prefix: /^9\d{4}/, lengths: [19] }, // older domestic debit cards (e.g. 9558…, 95599…)
];

/** A payment card number: a known issuer prefix and length, Luhn-valid, not a repeated or counting pattern. */
export function isPaymentCard(compact: string): boolean {
  if (!/^\d{13,19}$/.test(compact)) return false;
  if (/^(\d)\1+$/.test(compact) || '0123456789012345678901234'.includes(compact)) return false;
  if (!CARD_ISSUERS.some((i) => i.prefix.test(compact) && i.lengths.includes(compact.length))) return false;
  return checkLuhn(compact);
}

/** SSN written as 3-2-4 with one kind of separator, or as nine digits (the caller then needs context). */
export function isUsSsn(raw: string): boolean {
  const m = /^(\d{3})([ -]?)(\d{2})\2(\d{4})$/.exec(raw);
  if (!m) return false;
  const compact = `${m[1]}${m[3]}${m[4]}`;
  if (SPECIMENS.has(compact) || /^98765432\d$/.test(compact) || /^(\d)\1{8}$/.test(compact)) return false;
  return isValidSsn(compact);
}

/** UK National Insurance number, any case, spaces allowed between the pairs. */
export function isUkNino(raw: string): boolean {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  return compact.length === 9 && checkNino(compact);
}

/** Hong Kong identity card (letter prefix, six digits, mod-11 check character in brackets). */
export function isHkId(raw: string): boolean {
  const compact = raw.replace(/[\s()（）]/g, '').toUpperCase();
  return /^[A-Z]{1,2}\d{6}[\dA]$/.test(compact) && checkIdCard(compact, 'zh-HK');
}

/** Taiwan national identification number (letter, 1 or 2 for sex, eight digits with a check digit). */
export function isTwId(raw: string): boolean {
  const compact = raw.trim().toUpperCase();
  return /^[A-Z][12]\d{8}$/.test(compact) && checkIdCard(compact, 'zh-TW');
}
