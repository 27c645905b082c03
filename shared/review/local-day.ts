/**
 * Calendar days in a regulator's time zone. A Chinese bureau's daily report counts the cases of its own
 * day: a case at 07:00 Beijing time on 27 November (23:00 UTC on the 26th) belongs to the 27th.
 *
 * Built on Intl (full ICU on Node 24; Temporal needs a flag there). Zones are IANA names; an instant's
 * local day comes from Intl.DateTimeFormat, and the first instant of a local day is found by bisection
 * (correct across daylight-saving changes, including zones whose clocks skip midnight).
 */
import type { RegulatorPrincipal } from '#shared/review/types.ts';

export const CHINA_ZONE = 'Asia/Shanghai';

/** The zone a regulator's day is counted in when the request names none. */
export function defaultZone(who: RegulatorPrincipal): string {
  // national credentials are the MOHRSS's: the product's first market
  if (who.regions === '*') return CHINA_ZONE;
  const countries = new Set(who.regions.map((r) => (/^\d/.test(r) ? 'CN' : r.trim().toUpperCase().slice(0, 2))));
  if (countries.size !== 1) return 'UTC';
  if (countries.has('CN')) return CHINA_ZONE;
  if (countries.has('GB')) return 'Europe/London';
  // the US and others span several zones: the caller names its own
  return 'UTC';
}

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** The runtime's canonical name of an IANA zone (`asia/shanghai` → `Asia/Shanghai`), or undefined. */
export function canonicalZone(name: string): string | undefined {
  if (!ZONE_NAME.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, f);
  }
  return f;
}

/** The local calendar day (YYYY-MM-DD) of an instant (epoch milliseconds) in a zone. */
export function localDay(ms: number, zone: string): string {
  let y = '';
  let m = '';
  let d = '';
  for (const p of formatter(zone).formatToParts(ms)) {
    if (p.type === 'year') y = p.value.padStart(4, '0');
    else if (p.type === 'month') m = p.value;
    else if (p.type === 'day') d = p.value;
  }
  return `${y}-${m}-${d}`;
}

const HOUR = 3_600_000;

/** The first instant (epoch milliseconds) of a local day (YYYY-MM-DD) in a zone. */
export function startOfLocalDay(day: string, zone: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00.000Z`);
  // UTC offsets lie within -12 h and +14 h: the local day starts after `lo` and no later than `hi`
  let lo = utcMidnight - 15 * HOUR;
  let hi = utcMidnight + 13 * HOUR;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDay(mid, zone) >= day) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The calendar day after `day` (YYYY-MM-DD). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 24 * HOUR).toISOString().slice(0, 10);
}

/**
 * Local days of many instants: offsets change only on quarter hours, so one look-up per quarter hour
 * serves every case created in it (a month of stats reads at most ~3,000).
 */
export class LocalDays {
  private readonly zone: string;
  private readonly byQuarter = new Map<number, string>();

  constructor(zone: string) {
    this.zone = zone;
  }

  of(iso: string): string {
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return iso.slice(0, 10);
    const quarter = Math.floor(ms / (HOUR / 4));
    let day = this.byQuarter.get(quarter);
    if (day === undefined) {
      day = localDay(ms, this.zone);
      this.byQuarter.set(quarter, day);
    }
    return day;
  }
}
