/**
 * Jurisdiction scope. A regulator's credentials carry region-code prefixes; a case is visible when its
 * region code starts with one of them. Chinese administrative codes pad with zeros (430000 Hunan,
 * 430100 Changsha, 430102 a district of Changsha), so trailing `00` pairs of a six-digit scope code are
 * dropped first: 430100 covers 4301xx, 430000 covers 43xxxx. A case without a region code is visible
 * only to a regulator with every jurisdiction.
 */
import { ReviewForbiddenError } from '#shared/review/errors.ts';
import type { ReviewPrincipal } from '#shared/review/types.ts';

export type Scope = { all: true } | { all: false; prefixes: readonly string[] };

export function prefixOf(code: string): string {
  const c = code.trim().toUpperCase();
  if (/^\d{6}$/.test(c)) {
    const stripped = c.replace(/(?:00)+$/, '');
    return stripped.length >= 2 ? stripped : c;
  }
  return c;
}

/** The scope of a principal; throws for anyone who is not a regulator. */
export function scopeOf(principal: ReviewPrincipal | undefined): Scope {
  if (principal?.kind !== 'regulator') {
    throw new ReviewForbiddenError('review routes are for regulators only');
  }
  if (principal.regions === 'all') return { all: true };
  return { all: false, prefixes: [...new Set(principal.regions.map(prefixOf).filter((p) => p.length > 0))] };
}

export function covers(scope: Scope, regionCode: string | null | undefined): boolean {
  if (scope.all) return true;
  if (!regionCode) return false;
  const code = regionCode.trim().toUpperCase();
  return scope.prefixes.some((p) => code.startsWith(p));
}

/** A stable string for the scope, used to bind cursors to the caller's scope. */
export function scopeKey(scope: Scope): string {
  return scope.all ? '*' : [...scope.prefixes].sort().join(',');
}
