/**
 * Pay claims: from the structured salary fields, and from wording such as 日结800, 月入3万,
 * 年薪30-60万, 300元/天, $45/hr, USD 4,000/month, $1000-$2500 a week. Offsets are in the text
 * given (normalised ad text). Only figures with a stated or unambiguous period become claims:
 * "3年经验" or "岗前培训3天" are not pay.
 */
import type { PayPeriod } from '#shared/fraud/period.ts';
import { parseNumber } from '#shared/text/numerals.ts';

export interface PayClaim {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
  start: number;
  end: number;
}

const ZH_PREFIX: ReadonlyArray<[RegExp, PayPeriod]> = [
  [/日结|日入|日赚|日薪|天赚|一天赚|每天赚/, 'day'],
  [/时薪|每小时/, 'hour'],
  [/周薪/, 'week'],
  [/年薪|年入|年收入/, 'year'],
  [/月入|月薪|月收入|底薪|综合|月赚|保底|每月/, 'month'],
];
const ZH_SUFFIX: Readonly<Record<string, PayPeriod>> = {
  天: 'day',
  日: 'day',
  月: 'month',
  个月: 'month',
  年: 'year',
  小时: 'hour',
  时: 'hour',
  周: 'week',
};
const MULT: Readonly<Record<string, number>> = { 万: 10_000, w: 10_000, 千: 1_000, k: 1_000 };

// A figure or range with 万/千/k, 元, and an optional /天-style period. The match starts at the digit
// (cheap to scan for); a period keyword before it (日结, 月入, 年薪 …) is looked up separately.
const ZH_PAY =
  /(?<![\d.])(\d{1,6}(?:\.\d{1,2})?)\s?(万|w(?![a-z])|千|k(?![a-z]))?\s?(?:[-~至到—–]\s?(\d{1,6}(?:\.\d{1,2})?)\s?(万|w(?![a-z])|千|k(?![a-z]))?)?\s?(?:元|块|人民币|rmb)?\s?(?:\+|起|以上|多)?\s?(?:(?:\/|每|一)\s?(个月|小时|天|日|月|年|时|周))?/g;
/** A period keyword ending at most 6 characters (no digits or clause breaks) before the figure. */
const ZH_PREFIX_BEFORE =
  /(日结|日入|日赚|日薪|天赚|一天赚|每天赚|时薪|每小时|周薪|年薪|年入|年收入|月入|月薪|月收入|底薪|综合|月赚|保底|每月)[^\d\n,，。；;!！?？:]{0,6}$/;
/** How far back the keyword may start: the longest keyword (3) plus the gap (6). */
const PREFIX_REACH = 9;

const EN_CUR = '(\\$|us\\$|usd|£|gbp|€|eur|¥|rmb|cny|php|thb|myr|aed)';
const EN_NUM = '(?<![\\d.,])((?:\\d{1,3}(?:,\\d{3})+|\\d{1,7})(?:\\.\\d{1,2})?)\\s?(k(?![a-z]))?';
const EN_PERIOD =
  '(?:\\s?(?:usd|gbp|eur))?\\+?(?:\\s(?:extra|more|and more|or more|plus|cash))?\\s?(?:(?:\\/|per|an?|each)\\s?(hour|hr|day|week|wk|month|mo|year|yr|annum)\\b|(hourly|daily|weekly|monthly|annually|yearly)\\b)?';
const EN_PAY = new RegExp(`${EN_CUR}\\s?${EN_NUM}(?:\\s?(?:-|–|to)\\s?${EN_CUR}?\\s?${EN_NUM})?${EN_PERIOD}`, 'g');

const EN_PERIODS: Readonly<Record<string, PayPeriod>> = {
  hour: 'hour',
  hr: 'hour',
  hourly: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  wk: 'week',
  weekly: 'week',
  month: 'month',
  mo: 'month',
  monthly: 'month',
  year: 'year',
  yr: 'year',
  annum: 'year',
  annually: 'year',
  yearly: 'year',
};
const EN_CURRENCY: Readonly<Record<string, string>> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  '€': 'EUR',
  eur: 'EUR',
  '¥': 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  php: 'PHP',
  thb: 'THB',
  myr: 'MYR',
  aed: 'AED',
};

/** Plausible ranges per period (in CNY-like magnitudes they are loose on purpose): drops counts and years. */
const ZH_MIN: Readonly<Record<PayPeriod, number>> = { hour: 8, day: 50, week: 300, month: 800, year: 10_000 };

function zhPeriod(prefix: string | undefined, suffix: string | undefined): PayPeriod | undefined {
  if (suffix) return ZH_SUFFIX[suffix];
  if (!prefix) return undefined;
  for (const [re, p] of ZH_PREFIX) if (re.test(prefix)) return p;
  return undefined;
}

/** Pay written in Chinese numerals: 月入过万, 日入过千, 年薪百万, 月薪两万. */
const ZH_WORD_PAY =
  /(日结|日入|日赚|日薪|月入|月薪|月收入|年薪|年入|年收入)(?:轻松|稳定|保底|可达)?(?:过|上|破|近)?([一二两三四五六七八九十]?)(百万|十万|万|千)/g;
const ZH_UNIT: Readonly<Record<string, number>> = { 百万: 1_000_000, 十万: 100_000, 万: 10_000, 千: 1_000 };

function zhWordClaims(text: string, out: PayClaim[]): void {
  ZH_WORD_PAY.lastIndex = 0;
  for (let m = ZH_WORD_PAY.exec(text); m !== null; m = ZH_WORD_PAY.exec(text)) {
    const period = zhPeriod(m[1], undefined);
    if (!period) continue;
    const amount = (m[2] ? parseNumber(m[2]) : 1) * (ZH_UNIT[m[3] ?? ''] ?? 0);
    if (amount < ZH_MIN[period]) continue;
    out.push({ min: amount, max: amount, currency: 'CNY', period, start: m.index, end: m.index + m[0].length });
  }
}

/** Pay claims in Chinese wording. */
export function zhPayClaims(text: string): PayClaim[] {
  const out: PayClaim[] = [];
  zhWordClaims(text, out);
  if (!/\d/.test(text)) return out;
  ZH_PAY.lastIndex = 0;
  for (let m = ZH_PAY.exec(text); m !== null; m = ZH_PAY.exec(text)) {
    const before = m[5] ? undefined : ZH_PREFIX_BEFORE.exec(text.slice(Math.max(0, m.index - PREFIX_REACH), m.index));
    const period = zhPeriod(before?.[1], m[5]);
    if (!period) continue;
    const u1 = m[2] ? (MULT[m[2]] ?? 1) : 1;
    const u2 = m[4] ? (MULT[m[4]] ?? 1) : u1;
    const a = Number(m[1]) * (m[2] ? u1 : m[4] ? u2 : 1);
    const b = m[3] ? Number(m[3]) * u2 : a;
    const min = Math.min(a, b);
    const max = Math.max(a, b);
    if (min < ZH_MIN[period]) continue;
    const start = before ? m.index - before[0].length : m.index;
    out.push({ min, max, currency: 'CNY', period, start, end: m.index + m[0].length });
  }
  return out;
}

const num = (s: string | undefined, k: string | undefined): number =>
  s === undefined ? Number.NaN : Number(s.replace(/,/g, '')) * (k ? 1000 : 1);

const CURRENCY_HINT = /[$£€¥]|usd|gbp|eur|rmb|cny|php|thb|myr|aed/;

/** Pay claims in English wording (currency symbol or code required). */
export function enPayClaims(text: string): PayClaim[] {
  const out: PayClaim[] = [];
  if (!CURRENCY_HINT.test(text)) return out;
  EN_PAY.lastIndex = 0;
  for (let m = EN_PAY.exec(text); m !== null; m = EN_PAY.exec(text)) {
    const currency = EN_CURRENCY[m[1] as string] ?? 'USD';
    const a = num(m[2], m[3]);
    const b = m[5] ? num(m[5], m[6] ?? m[3]) : a;
    const word = m[7] ?? m[8];
    let period: PayPeriod | undefined = word ? EN_PERIODS[word] : undefined;
    // a bare figure of 12,000 or more is an annual salary ("$85,000"); smaller bare figures are not pay
    if (!period && Math.min(a, b) >= 12_000) period = 'year';
    if (!period || !Number.isFinite(a) || !Number.isFinite(b)) continue;
    out.push({
      min: Math.min(a, b),
      max: Math.max(a, b),
      currency,
      period,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}
