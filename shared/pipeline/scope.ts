/**
 * Region scope. A regulator's regions are region codes read as prefixes: a Chinese administrative code
 * (6 digits) drops its trailing `00` pairs (430100 → 4301, 430000 → 43); any other code is used as is.
 * A case is scoped by its jurisdiction code: its region code, else (an ad that gave none) its country. It is
 * in scope when that code starts with one of the prefixes: a GB ad without a region is visible to a `GB`
 * regulator and national ones, a CN ad without one to national regulators (and a `CN` scope) but to no city.
 * Alerts carry the same code (`jurisdiction`), and the index keys are built from it (keys.ts).
 */
import type { Principal } from '#shared/pipeline/ports.ts';

const CN_ADMIN = /^\d{6}$/;

export function regionPrefix(code: string): string {
  const c = code.trim().toUpperCase();
  if (!CN_ADMIN.test(c)) return c;
  if (c.endsWith('0000')) return c.slice(0, 2);
  if (c.endsWith('00')) return c.slice(0, 4);
  return c;
}

/** The partition a region code falls in on the regional queue index: the province, else the country. */
export function regionPartition(code: string): string {
  const c = code.trim().toUpperCase();
  if (/^\d{2,}/.test(c)) return c.slice(0, 2);
  return c.split('-')[0] ?? c;
}

/** The code a case or alert is scoped by: its region code, else its country; upper-cased. */
export function jurisdictionOf(c: { regionCode?: string | null | undefined; country: string }): string {
  return (c.regionCode || c.country).trim().toUpperCase();
}

/** Whether a jurisdiction code (`jurisdictionOf`) is in the principal's scope. */
export function inScope(principal: Principal, jurisdiction: string | null): boolean {
  if (principal.kind !== 'regulator') return false;
  if (principal.regions === '*') return true;
  if (!jurisdiction) return false;
  const code = jurisdiction.trim().toUpperCase();
  return principal.regions.some((r) => code.startsWith(regionPrefix(r)));
}

/** Region partitions a regulator's scope touches (undefined = national: use the national index). */
export function scopePartitions(principal: Principal): string[] | undefined {
  if (principal.kind !== 'regulator' || principal.regions === '*') return undefined;
  return [...new Set(principal.regions.map((r) => regionPartition(regionPrefix(r))))];
}
