/**
 * The pay an ad promises, as full-time monthly equivalents in the currency of the market it is
 * judged in: from the salary fields and from wording in the title, body and salary text. Part-time
 * promises ("每天1-2小时", "1 hour a day") are scaled up to full time, since the claim is per hour worked.
 */
import { convert } from '#shared/fraud/currency.ts';
import { type Market, MARKET_CURRENCY } from '#shared/fraud/market.ts';
import { enPayClaims, zhPayClaims } from '#shared/fraud/pay-parse.ts';
import { guessPeriod, type PayPeriod, toMonthly } from '#shared/fraud/period.ts';
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { SIGNAL_WINDOW } from '#shared/rules/fraud/lib/body.ts';

export interface AdPay {
  /** Full-time monthly equivalent of the midpoint of the claim, in the market's currency. */
  monthly: number;
  /** Where the claim is written; undefined for the structured salary fields alone. */
  field?: TextField;
  start: number;
  end: number;
}

const PAY_FIELDS: readonly TextField[] = ['title', 'description', 'benefits', 'salary.text'];
const COUNTRY_CURRENCY: Readonly<Record<string, string>> = { CN: 'CNY', US: 'USD', GB: 'GBP', UK: 'GBP' };
const PART_TIME =
  /(?:每天|每日|一天|日均)(?:抽|只需|仅需|工作|做|花)?\s?(\d(?:\.\d)?|[一两二三四])(?:\s?[-~到至]\s?(\d(?:\.\d)?|[一两二三四]))?\s?(?:个)?小时|(\d(?:\.\d)?)(?:\s?(?:-|to)\s?(\d))?\s?(?:hours?|hrs?) (?:(?:a|per|each) day|daily)/u;

const ZH_HOURS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };
const hoursOf = (s: string | undefined): number => (s === undefined ? Number.NaN : (ZH_HOURS[s] ?? Number(s)));

/** 8 / hours-per-day when the ad promises the pay for 4 hours a day or less; 1 otherwise. */
export function partTimeFactor(text: string): number {
  const m = PART_TIME.exec(text);
  if (!m) return 1;
  const lo = hoursOf(m[1] ?? m[3]);
  const hi = (m[2] ?? m[4]) === undefined ? lo : hoursOf(m[2] ?? m[4]);
  const hours = (lo + hi) / 2;
  return hours > 0 && hours <= 4 ? 8 / hours : 1;
}

/** A range wider than this (e.g. "4500-70000", a typo for 7000) is read from its floor. */
const MAX_SPREAD = 3;

function monthly(min: number, max: number, currency: string, period: PayPeriod, market: Market, zh: boolean) {
  const mid = (min + Math.min(max, min * MAX_SPREAD || max)) / 2;
  const inMarket = convert(mid, currency, MARKET_CURRENCY[market]);
  if (inMarket === undefined) return undefined;
  return toMonthly(inMarket, period, zh ? 'CN' : 'OTHER');
}

const CACHE = new WeakMap<AdDocument, Map<Market, AdPay[]>>();

/** Pay claims of the ad in the given market, computed once per ad and market. */
export function payClaims(doc: AdDocument, market: Market): AdPay[] {
  let byMarket = CACHE.get(doc);
  if (!byMarket) {
    byMarket = new Map();
    CACHE.set(doc, byMarket);
  }
  let claims = byMarket.get(market);
  if (!claims) {
    claims = computeClaims(doc, market);
    byMarket.set(market, claims);
  }
  return claims;
}

function computeClaims(doc: AdDocument, market: Market): AdPay[] {
  const out: AdPay[] = [];
  const zh = doc.language === 'zh';
  const all = PAY_FIELDS.map((p) => doc.text(p).slice(0, SIGNAL_WINDOW)).join('\n');
  const factor = partTimeFactor(all);
  const s = doc.ad.salary;
  // figures with neither a currency nor a period cannot be normalised honestly (EMSCAD-style feeds
  // mix annual, monthly and foreign-currency figures in one field): only the wording counts then
  if (s && (s.min !== undefined || s.max !== undefined) && (s.currency !== undefined || s.period !== undefined)) {
    const min = s.min ?? s.max ?? 0;
    const max = s.max ?? s.min ?? 0;
    const country = doc.ad.location?.country ?? (zh ? 'CN' : 'US');
    const currency = s.currency ?? COUNTRY_CURRENCY[country] ?? 'USD';
    const period = s.period ?? guessPeriod(max, currency);
    const m = monthly(min, max, currency, period, market, zh);
    if (m !== undefined && max > 0) out.push({ monthly: m * (period === 'hour' ? 1 : factor), start: 0, end: 0 });
  }
  for (const field of PAY_FIELDS) {
    const text = doc.text(field).slice(0, SIGNAL_WINDOW);
    if (!text) continue;
    const claims =
      zh || /[\u4e00-\u9fff]/u.test(text) ? [...zhPayClaims(text), ...enPayClaims(text)] : enPayClaims(text);
    for (const c of claims) {
      const m = monthly(c.min, c.max, c.currency, c.period, market, zh);
      if (m !== undefined)
        out.push({ monthly: m * (c.period === 'hour' ? 1 : factor), field, start: c.start, end: c.end });
    }
  }
  return out;
}
