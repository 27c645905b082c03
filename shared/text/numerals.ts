/** Numbers as ads write them: Arabic digits or Chinese numerals up to 99 (三十五, 四十, 十八, 两), shared by the rules and the pay parser. */

/** Regex source for a number from 1 to 99 in digits or Chinese numerals. */
export const NUM = '(?:\\d{1,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])';

const DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses digits or a Chinese numeral up to 99; NaN when it is neither. */
export function parseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (DIGIT[s] ?? Number.NaN) : Number.NaN;
  const tens = ten === 0 ? 1 : (DIGIT[s.slice(0, ten)] ?? Number.NaN);
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : (DIGIT[rest] ?? Number.NaN);
  return tens * 10 + ones;
}
