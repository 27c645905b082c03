/**
 * Region scope. A regulator's regions are region codes read as prefixes: a Chinese administrative code
 * (6 digits) drops its trailing `00` pairs (430100 → 4301, 430000 → 43); any other code is used as is.
 * A case is in scope when its region code starts with one of the prefixes; a case without a region code
 * is visible to national regulators only.
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

export function inScope(principal: Principal, regionCode: string | null): boolean {
  if (principal.kind !== 'regulator') return false;
  if (principal.regions === '*') return true;
  if (!regionCode) return false;
  const code = regionCode.trim().toUpperCase();
  return principal.regions.some((r) => code.startsWith(regionPrefix(r)));
}

/** Region partitions a regulator's scope touches (undefined = national: use the national index). */
export function scopePartitions(principal: Principal): string[] | undefined {
  if (principal.kind !== 'regulator' || principal.regions === '*') return undefined;
  return [...new Set(principal.regions.map((r) => regionPartition(regionPrefix(r))))];
}
