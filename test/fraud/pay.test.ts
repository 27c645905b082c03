import { describe, expect, it } from 'vitest';
import { convert } from '#shared/fraud/currency.ts';
import { cnMarket, destinationMarket } from '#shared/fraud/market.ts';
import { PAY_BASELINE, payCeiling } from '#shared/fraud/pay-baseline.ts';
import { enPayClaims, zhPayClaims } from '#shared/fraud/pay-parse.ts';
import { guessPeriod, toMonthly } from '#shared/fraud/period.ts';
import { roleFamily } from '#shared/fraud/role-family.ts';
import { partTimeFactor } from '#shared/rules/fraud/lib/pay.ts';
import { normalize } from '#shared/text/normalize.ts';

const zh = (s: string) => zhPayClaims(normalize(s).text).map(({ min, max, period }) => ({ min, max, period }));
const en = (s: string) =>
  enPayClaims(normalize(s).text).map(({ min, max, period, currency }) => ({ min, max, period, currency }));

describe('pay wording', () => {
  it('reads Chinese pay with its period', () => {
    expect(zh('日结800')).toEqual([{ min: 800, max: 800, period: 'day' }]);
    expect(zh('月入3万')).toEqual([{ min: 30000, max: 30000, period: 'month' }]);
    expect(zh('年薪30-60万')).toEqual([{ min: 300000, max: 600000, period: 'year' }]);
    expect(zh('500-800一天')).toEqual([{ min: 500, max: 800, period: 'day' }]);
    expect(zh('月薪2-3万人民币')).toEqual([{ min: 20000, max: 30000, period: 'month' }]);
    expect(zh('综合５５００－７０００元／月')).toEqual([{ min: 5500, max: 7000, period: 'month' }]);
  });

  it('reads pay written in Chinese numerals', () => {
    expect(zh('月入过万')).toEqual([{ min: 10000, max: 10000, period: 'month' }]);
    expect(zh('日入过千')).toEqual([{ min: 1000, max: 1000, period: 'day' }]);
    expect(zh('年薪百万不是梦')).toEqual([{ min: 1_000_000, max: 1_000_000, period: 'year' }]);
    expect(zh('月薪两万')).toEqual([{ min: 20000, max: 20000, period: 'month' }]);
  });

  it('ignores figures that are not pay', () => {
    expect(zh('3年以上经验，岗前培训3天，每千字30元')).toEqual([]);
    expect(zh('电话13712806642')).toEqual([]);
  });

  it('reads English pay with currency and period', () => {
    expect(en('$45/hr')).toEqual([{ min: 45, max: 45, period: 'hour', currency: 'USD' }]);
    expect(en('$1,000-$2,500 a week')).toEqual([{ min: 1000, max: 2500, period: 'week', currency: 'USD' }]);
    expect(en('USD 4,000/month')).toEqual([{ min: 4000, max: 4000, period: 'month', currency: 'USD' }]);
    expect(en('GBP 12.50 per hour')).toEqual([{ min: 12.5, max: 12.5, period: 'hour', currency: 'GBP' }]);
    expect(en('$85,000 base')).toEqual([{ min: 85000, max: 85000, period: 'year', currency: 'USD' }]);
    expect(en('a $60 fee and a $500 kit')).toEqual([]);
  });
});

describe('normalisation to the market', () => {
  it('converts periods and currencies', () => {
    expect(toMonthly(100, 'day', 'CN')).toBe(2600);
    expect(toMonthly(20, 'hour', 'OTHER')).toBeCloseTo(3464, 0);
    expect(toMonthly(120_000, 'year', 'OTHER')).toBe(10_000);
    expect(convert(100, 'USD', 'CNY')).toBeCloseTo(710);
    expect(convert(1, 'XXX', 'CNY')).toBeUndefined();
    expect(guessPeriod(35_000, 'USD')).toBe('year');
    expect(guessPeriod(6_000, 'CNY')).toBe('month');
  });

  it('scales part-time promises to full time, but not short full days', () => {
    expect(partTimeFactor('每天抽1-2小时')).toBeCloseTo(8 / 1.5);
    expect(partTimeFactor('work 1 hour a day')).toBe(8);
    expect(partTimeFactor('每天工作8小时')).toBe(1);
  });

  it('places cities, destinations and roles', () => {
    expect(cnMarket('深圳', undefined)).toBe('CN-1');
    expect(cnMarket(undefined, '440300')).toBe('CN-1');
    expect(cnMarket('成都', undefined)).toBe('CN-2');
    expect(cnMarket('义乌', undefined)).toBe('CN-3');
    expect(destinationMarket('柬埔寨西港')).toBe('SEA');
    expect(destinationMarket('work in dubai')).toBe('GULF');
    expect(roleFamily('首席科学家', '')).toBe('senior');
    expect(roleFamily('储备干部', '无需经验')).toBe('entry');
    expect(roleFamily('叉车司机', '无需经验')).toBe('trade');
  });

  it('has a ceiling for every family in every market, rising with seniority', () => {
    for (const row of PAY_BASELINE) {
      expect(row.source.length).toBeGreaterThan(10);
      expect(payCeiling(row.market, 'entry')).toBeLessThan(payCeiling(row.market, 'professional'));
      expect(payCeiling(row.market, 'professional')).toBeLessThan(payCeiling(row.market, 'senior'));
    }
  });
});
