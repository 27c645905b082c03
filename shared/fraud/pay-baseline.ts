/**
 * Pay baselines: for each role family and market, the full-time monthly pay (market currency)
 * that ordinary employers rarely exceed — roughly the upper tail of advertised pay for the family in
 * that market. A claim is "far above the market" when it is above this ceiling, and more so the
 * further above it is. These are ENGINEERING ESTIMATES for screening, not wage statistics: none
 * was checked against a published table this session (see `source`). Review them against the
 * named statistics before relying on them, and yearly after that.
 */
import type { Market } from '#shared/fraud/market.ts';

export type RoleFamily = 'entry' | 'service' | 'clerical' | 'driver' | 'trade' | 'sales' | 'professional' | 'senior';

export interface BaselineRow {
  market: Market;
  /** Monthly ceilings per family, in the market's currency (see MARKET_CURRENCY). */
  ceiling: Record<RoleFamily, number>;
  source: string;
}

export const PAY_BASELINE: readonly BaselineRow[] = [
  {
    market: 'CN-1',
    ceiling: {
      entry: 10_000,
      service: 10_000,
      clerical: 11_000,
      driver: 15_000,
      trade: 16_000,
      sales: 35_000,
      professional: 70_000,
      senior: 250_000,
    },
    source:
      'estimate (unverified); to check against 国家统计局 城镇单位就业人员平均工资 by occupation and platform pay reports, tier-1 cities',
  },
  {
    market: 'CN-2',
    ceiling: {
      entry: 9_000,
      service: 9_000,
      clerical: 9_000,
      driver: 14_000,
      trade: 14_000,
      sales: 28_000,
      professional: 55_000,
      senior: 180_000,
    },
    source: 'estimate (unverified), as above: 新一线 and provincial capitals',
  },
  {
    market: 'CN-3',
    ceiling: {
      entry: 8_500,
      service: 8_000,
      clerical: 8_000,
      driver: 13_000,
      trade: 13_000,
      sales: 25_000,
      professional: 45_000,
      senior: 150_000,
    },
    source: 'estimate (unverified), as above: other cities',
  },
  {
    market: 'US',
    ceiling: {
      entry: 4_300,
      service: 4_300,
      clerical: 5_200,
      driver: 7_500,
      trade: 8_500,
      sales: 16_000,
      professional: 25_000,
      senior: 80_000,
    },
    source: 'estimate (unverified); to check against BLS OEWS 90th percentiles by occupation group',
  },
  {
    market: 'GB',
    ceiling: {
      entry: 3_000,
      service: 3_000,
      clerical: 3_600,
      driver: 4_500,
      trade: 5_500,
      sales: 10_000,
      professional: 16_000,
      senior: 60_000,
    },
    source: 'estimate (unverified); to check against ONS ASHE 90th percentiles by SOC major group',
  },
  {
    market: 'SEA',
    ceiling: {
      entry: 8_000,
      service: 8_000,
      clerical: 9_000,
      driver: 12_000,
      trade: 25_000,
      sales: 20_000,
      professional: 40_000,
      senior: 120_000,
    },
    source:
      'estimate (unverified) of expatriate pay in lawful 对外劳务合作 postings to SE Asia, CNY; local pay is far lower',
  },
  {
    market: 'GULF',
    ceiling: {
      entry: 9_000,
      service: 9_000,
      clerical: 10_000,
      driver: 14_000,
      trade: 25_000,
      sales: 25_000,
      professional: 60_000,
      senior: 150_000,
    },
    source: 'estimate (unverified) of Gulf contract pay in lawful 对外劳务合作 postings, CNY',
  },
];

const BY_MARKET = new Map(PAY_BASELINE.map((r) => [r.market, r]));

export function payCeiling(market: Market, family: RoleFamily): number {
  const row = BY_MARKET.get(market);
  if (!row) throw new RangeError(`no pay baseline for market ${market}`);
  return row.ceiling[family];
}
