import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from '#shared/fraud/credit-code.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Reference computation straight from the standard's published weights (3^i mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function reference(first17: string): string {
  const sum = [...first17].reduce((s, c, i) => s + CHARSET.indexOf(c) * (WEIGHTS[i] as number), 0);
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

describe('GB 32100-2015 credit code check character', () => {
  it('uses the published weights', () => {
    expect(WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it.each([
    '91350206MA33C8RT1',
    '52410105' + '7K2C8N1X1',
    '12100000400000624',
    '91110000100000000',
    '93440300MA5FJ8WN7',
  ])('computes the check character of %s like the reference', (first17) => {
    const c = reference(first17);
    expect(creditCodeCheckChar(first17)).toBe(c);
    expect(checkCreditCode(first17 + c)).toBe('valid');
    const wrong = CHARSET[(CHARSET.indexOf(c) + 1) % 31] as string;
    expect(checkCreditCode(first17 + wrong)).toBe('bad-check');
  });

  it('accepts lower case, spaces and hyphens', () => {
    const code = `91350206MA33C8RT1${reference('91350206MA33C8RT1')}`;
    expect(checkCreditCode(code.toLowerCase())).toBe('valid');
    expect(checkCreditCode(`${code.slice(0, 6)} ${code.slice(6, 12)}-${code.slice(12)}`)).toBe('valid');
  });

  it('calls wrong lengths, letters outside the charset and unknown authorities malformed', () => {
    expect(checkCreditCode('330106000123456')).toBe('malformed'); // 15-digit pre-2015 number
    expect(checkCreditCode('91350206MA33C8RT1DX')).toBe('malformed');
    expect(checkCreditCode('91350206MA33C8RI1D')).toBe('malformed'); // I is not in the charset
    expect(checkCreditCode('Z1350206MA33C8RT1D')).toBe('malformed');
    expect(creditCodeCheckChar('123')).toBeUndefined();
  });
});
