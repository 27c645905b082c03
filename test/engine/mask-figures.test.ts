/**
 * Free-text masking tells identifiers from figures: pay, fees, ages, counts, dates and measures stay
 * visible (they are a fee or pay case's evidence), while phone, ID, card, SSN and passport numbers are
 * masked even when a unit or a pay word stands right next to them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdentifiersInText } from '#shared/engine/mask.ts';

describe('maskIdentifiersInText: figures stay visible', () => {
  it.each([
    // pay and fees, Chinese
    '日赚500-800元，日结',
    '月薪3000-5000元',
    '月薪3000-5000，包吃住',
    '底薪：4500-6000/月',
    '年薪300000元',
    '年薪100000-200000元',
    '工资８０００－１２０００元',
    '时薪25.50-30.00元',
    '收入50000-10万',
    '报名费300-500块',
    'RMB3000-5000',
    '人民币100000元押金',
    '3000-5000/月',
    '100000~200000元',
    // pay, English
    '$40,000-$60,000',
    '$40000-60000 a year',
    '£25000-30000 per annum',
    'Salary: 40000-60000',
    'earn 100000 dollars',
    '120000-150000 USD',
    // ages, counts, measures, percentages
    '招聘100-200人',
    '员工100000人以上',
    '身高160-175cm',
    '体重100-120kg',
    '提成100-200%',
    'hiring 100000-200000 workers',
    // dates and years
    '2026-11-27面试',
    '2026-11-27 09:00 到岗',
    '2026-11入职',
    '1985-1995年出生',
    '2026-12-01生效',
    'worked 2020-2024 in retail',
  ])('%s', (text) => {
    expect(maskIdentifiersInText(text)).toBe(text);
  });
});

describe('maskIdentifiersInText: identifiers stay masked next to figures and units', () => {
  it.each([
    ['138-1234-5678', '***-****-**78'],
    ['138-1234-5678元', '***-****-**78元'],
    ['电话138 1234 5678，月薪3000-5000元', '电话*** **** **78，月薪3000-5000元'],
    ['13812345678 3000元', '*********** *000元'],
    ['0731-84567890元', '****-*****890元'],
    ['月薪0731-8456789', '月薪****-*****89'],
    ['身份证430102199003071234岁', '身份证**************1234岁'],
    ['工资卡6228480012345678901', '工资卡***************8901'],
    ['工资打到6222 0210 0112 3456 789元', '工资打到**** **** **** ***6 789元'],
    ['SSN 219-09-9991 $', 'SSN ***-**-**91 $'],
    ['passport E12345678', 'passport E******78'],
    ['10000000元', '******00元'],
    ['2026-13-27', '****-**-27'],
    // a date of birth is personal data, unlike an interview date
    ['出生日期：1990-03-07', '出生日期：****-**-07'],
    ['李娜 1995-03-07出生', '李娜 ****-**-07出生'],
    ['Jane Doe, DOB 1990-03-07', 'Jane Doe, DOB ****-**-07'],
    // … in whatever form it is written after its label
    ['Jane Doe, DOB 1990/03/07', 'Jane Doe, DOB ****/**/**'],
    ['date of birth 07/03/1990, London', 'date of birth **/**/****, London'],
    ['生日 1990年3月7日，电话见群', '生日 ****年*月*日，电话见群'],
    ['出生年月：1990.03', '出生年月：****.**'],
    ['王某，生于1992年8月，籍贯湖南', '王某，生于****年*月，籍贯湖南'],
    // an interview date and a birth-year range in an age requirement are not anyone's birth date
    ['面试时间 2026/11/27 上午', '面试时间 2026/11/27 上午'],
    ['1985-1995年出生，身体健康', '1985-1995年出生，身体健康'],
    ['born in 1990s-style retro shop, start 2026.12.01', 'born in 1990s-style retro shop, start 2026.12.01'],
  ])('%s → %s', (text, want) => {
    expect(maskIdentifiersInText(text)).toBe(want);
  });
});

const d = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((x) => x.join(''));
/** Identifiers, as digit strings and how they are commonly grouped. */
const identifier = fc.oneof(
  fc.tuple(fc.constantFrom('13', '15', '18', '19'), d(9)).map(([p, r]) => ({ digits: p + r, groups: [3, 4, 4] })),
  fc.tuple(fc.constantFrom('010', '0731', '0512'), d(8)).map(([a, r]) => ({ digits: a + r, groups: [a.length, 8] })),
  fc
    .tuple(fc.constantFrom('1', '2', '3', '4', '5', '6'), d(17))
    .map(([p, r]) => ({ digits: p + r, groups: [6, 8, 4] })),
  fc.tuple(fc.constantFrom('6222', '6228', '4532'), d(12)).map(([p, r]) => ({ digits: p + r, groups: [4, 4, 4, 4] })),
  fc.tuple(fc.integer({ min: 100, max: 899 }), d(6)).map(([a, r]) => ({ digits: `${a}${r}`, groups: [3, 2, 4] })),
);
const PREFIXES = ['', '月薪', '工资', '日赚', '$', 'RMB', '¥', 'salary ', 'pay: ', '招聘'];
const SUFFIXES = ['', '元', '块', '万', 'k', '人', '岁', '%', 'cm', '/月', ' a year', '年', ' dollars'];

describe('maskIdentifiersInText: no context unmasks an identifier', () => {
  it('shows at most 4 digits of a phone, landline, ID, card or SSN, whatever the separators and the words around it', () => {
    fc.assert(
      fc.property(
        identifier,
        fc.constantFrom('', ' ', '-', '—', '－'),
        fc.constantFrom(...PREFIXES),
        fc.constantFrom(...SUFFIXES),
        ({ digits, groups }, sep, prefix, suffix) => {
          const parts: string[] = [];
          let at = 0;
          for (const g of groups) {
            parts.push(digits.slice(at, at + g));
            at += g;
          }
          const text = `${prefix}${parts.join(sep)}${suffix}`;
          const out = maskIdentifiersInText(text);
          expect(out.length).toBe(text.length);
          const shown = out.slice(prefix.length, prefix.length + parts.join(sep).length).replace(/\D/g, '');
          expect(shown.length).toBeLessThanOrEqual(4);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
