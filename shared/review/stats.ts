/** Counting cases into buckets for the dashboard and reports; days are local days in the request's zone. */
import { LocalDays } from '#shared/review/local-day.ts';
import type { CaseSummary, StatsBucket, StatsGroup } from '#shared/review/types.ts';

/** The city-level code of a Chinese district code (430102 → 430100; a province code stays); others as they are. */
export function cityOf(regionCode: string | null): string | null {
  if (!regionCode) return null;
  return /^\d{6}$/.test(regionCode) && !regionCode.endsWith('0000') ? `${regionCode.slice(0, 4)}00` : regionCode;
}

function keysOf(c: CaseSummary, groupBy: StatsGroup, days: LocalDays): string[] {
  switch (groupBy) {
    case 'day':
      return [days.of(c.createdAt)];
    case 'category':
      return c.categories.length ? [...c.categories] : ['none'];
    case 'region':
      return [c.regionCode ?? c.country];
    case 'city':
      return [cityOf(c.regionCode) ?? c.country];
    case 'platform':
      return [c.platform];
    case 'status':
      return [c.status];
    case 'severity':
      return [c.maxSeverity];
  }
}

export class StatsAccumulator {
  private readonly buckets = new Map<string, StatsBucket>();
  private readonly groupBy: StatsGroup;
  private readonly days: LocalDays;
  total = 0;

  /** `zone`: the IANA zone whose calendar days `day` buckets are (default UTC). */
  constructor(groupBy: StatsGroup, zone = 'UTC') {
    this.groupBy = groupBy;
    this.days = new LocalDays(zone);
  }

  add(c: CaseSummary): void {
    this.total++;
    for (const key of keysOf(c, this.groupBy, this.days)) {
      let b = this.buckets.get(key);
      if (!b) {
        b = { key, count: 0, categories: {} };
        if ((this.groupBy === 'region' || this.groupBy === 'city') && c.city) b.label = c.city;
        this.buckets.set(key, b);
      }
      b.count++;
      for (const cat of c.categories) b.categories[cat] = (b.categories[cat] ?? 0) + 1;
    }
  }

  /** Days in calendar order; every other grouping by count (largest first), then key. */
  groups(): StatsBucket[] {
    const list = [...this.buckets.values()];
    if (this.groupBy === 'day') return list.sort((a, b) => (a.key < b.key ? -1 : 1));
    return list.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }
}
