/**
 * Approximate exchange rates, used only to compare a stated pay with the pay baseline of the
 * ad's market (a ±10% rate error does not change a "far above the market" judgement).
 * Units of CNY per one unit of the currency; mid-2026 order of magnitude. Data, not live rates.
 */
export const CNY_PER_UNIT: Readonly<Record<string, number>> = {
  CNY: 1,
  RMB: 1,
  USD: 7.1,
  GBP: 9.2,
  EUR: 7.8,
  HKD: 0.91,
  MOP: 0.88,
  TWD: 0.22,
  SGD: 5.4,
  MYR: 1.6,
  THB: 0.21,
  PHP: 0.12,
  VND: 0.00028,
  IDR: 0.00044,
  KHR: 0.0018,
  MMK: 0.0034,
  LAK: 0.00033,
  AED: 1.93,
  SAR: 1.89,
  QAR: 1.95,
  JPY: 0.047,
  KRW: 0.0051,
  AUD: 4.7,
  CAD: 5.2,
};

/** Converts an amount between currencies; undefined when either is unknown. */
export function convert(amount: number, from: string, to: string): number | undefined {
  const f = CNY_PER_UNIT[from.toUpperCase()];
  const t = CNY_PER_UNIT[to.toUpperCase()];
  if (f === undefined || t === undefined) return undefined;
  return (amount * f) / t;
}
