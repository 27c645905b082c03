/**
 * The check character of a 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015).
 *
 * No well-kept npm library implements this check (searched the registry listing for credit-code /
 * USCC / 统一社会信用代码 validators: none; `validator`'s isTaxID has no zh-CN locale), so it is
 * implemented here from the standard: 18 characters over the 31-character set
 * 0-9 A-H J-N P-R T-U W-Y (no I O S V Z); character i (0-based, i < 17) has weight 3^i mod 31;
 * the check character is the one whose value is (31 − Σ value×weight mod 31) mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
const VALUE = new Map([...CHARSET].map((c, i) => [c, i]));

export type CreditCodeStatus = 'valid' | 'bad-check' | 'malformed';

/** Registration authority (1st char) of GB 32100-2015: 1–9, A–H (some unused), N, Y. */
const AUTHORITY = /^[1-9A-HNY]$/;

/** The check character for the first 17 characters, or undefined if they are not in the charset. */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(first17[i] as string);
    if (v === undefined) return undefined;
    sum += v * (WEIGHTS[i] as number);
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Checks a code as written (spaces and hyphens ignored, case-insensitive). */
export function checkCreditCode(raw: string): CreditCodeStatus {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== 18 || !AUTHORITY.test(code[0] as string)) return 'malformed';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === undefined || !VALUE.has(code[17] as string)) return 'malformed';
  return expected === code[17] ? 'valid' : 'bad-check';
}
