/**
 * GB 32100-2015 统一社会信用代码: 18 characters from a 31-symbol alphabet, the last one a check
 * character over the first 17 (weights 3^i mod 31). Used here only as a model feature; the fraud
 * rules report a bad code themselves.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

export type CreditCodeState = 'absent' | 'valid' | 'invalid';

export function creditCodeState(code: string | undefined): CreditCodeState {
  if (code === undefined || code.trim() === '') return 'absent';
  const c = code.trim().toUpperCase();
  if (!SHAPE.test(c)) return 'invalid';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(c[i] as string) * (WEIGHTS[i] as number);
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] === c[17] ? 'valid' : 'invalid';
}
