/**
 * Pay periods and their conversion to a full-time monthly equivalent. Working time per month
 * follows the markets we screen: China 21.75 statutory paid days (劳动和社会保障部 2008 通知) but
 * day labour is quoted per calendar working day, so 26 days for 日结; US/UK 40-hour weeks.
 */
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

const PER_MONTH: Readonly<Record<'CN' | 'OTHER', Record<PayPeriod, number>>> = {
  CN: { hour: 8 * 26, day: 26, week: 4.33, month: 1, year: 1 / 12 },
  OTHER: { hour: 40 * 4.33, day: 21.7, week: 4.33, month: 1, year: 1 / 12 },
};

/** Full-time monthly equivalent of an amount paid per `period`. */
export function toMonthly(amount: number, period: PayPeriod, market: 'CN' | 'OTHER'): number {
  return amount * PER_MONTH[market][period];
}

/** Infers the period of a bare salary figure from its size (EMSCAD-style feeds give none). */
export function guessPeriod(amount: number, currency: string): PayPeriod {
  const c = currency.toUpperCase();
  if (c === 'CNY' || c === 'RMB') return amount >= 100_000 ? 'year' : amount >= 1_000 ? 'month' : 'day';
  if (amount >= 12_000) return 'year';
  if (amount >= 1_000) return 'month';
  return amount >= 100 ? 'day' : 'hour';
}
