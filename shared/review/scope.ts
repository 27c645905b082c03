/**
 * Jurisdiction scope of review calls: only regulators pass, and a case is visible when the pipeline's
 * region rule (shared/pipeline/scope.ts: prefixes, 430100 covers 4301xx) puts its region code in scope.
 */
import { inScope, jurisdictionOf, regionPrefix } from '#shared/pipeline/scope.ts';
import { ReviewForbiddenError } from '#shared/review/errors.ts';
import type { Principal, RegulatorPrincipal } from '#shared/review/types.ts';

/** The caller as a regulator; throws for platforms and anonymous callers. */
export function requireRegulator(principal: Principal | undefined): RegulatorPrincipal {
  if (principal?.kind !== 'regulator') throw new ReviewForbiddenError('review routes are for regulators only');
  return principal;
}

/** Whether the case is in the regulator's scope: its region code, else its country (pipeline/scope.ts). */
export const covers = (
  p: RegulatorPrincipal,
  c: { regionCode?: string | null | undefined; country: string },
): boolean => inScope(p, jurisdictionOf(c));

/** The prefixes a regulator sees, or undefined for national scope. */
export function scopePrefixes(p: RegulatorPrincipal): string[] | undefined {
  if (p.regions === '*') return undefined;
  return [...new Set(p.regions.map(regionPrefix).filter((x) => x.length > 0))].sort();
}

/** A stable string for the scope, used to bind cursors to the caller's scope. */
export function scopeKey(p: RegulatorPrincipal): string {
  return scopePrefixes(p)?.join(',') ?? '*';
}
