/**
 * The queue order, the same as the pipeline's queue indexes (shared/pipeline/keys.ts): severity (highest
 * first), then most recently updated, then case id — i.e. the index sort key, descending.
 */
import { severityRank } from '#shared/engine/types.ts';
import { severityDigit } from '#shared/pipeline/keys.ts';
import { jurisdictionOf, regionPrefix } from '#shared/pipeline/scope.ts';
import { covers } from '#shared/review/scope.ts';
import type { CaseFilter, CaseSummary, RegulatorPrincipal } from '#shared/review/types.ts';

/** The queue sort key; larger comes first. */
export const queueKey = (c: Pick<CaseSummary, 'maxSeverity' | 'updatedAt' | 'caseId'>): string =>
  `${severityDigit(c.maxSeverity)}#${c.updatedAt}#${c.caseId}`;

export const byQueueOrder = (a: CaseSummary, b: CaseSummary): number => {
  const ka = queueKey(a);
  const kb = queueKey(b);
  return ka < kb ? 1 : ka > kb ? -1 : 0;
};

/** Whether a case is in the regulator's scope and passes the filter. The service applies it to every row. */
export function matches(c: CaseSummary, who: RegulatorPrincipal, f: CaseFilter): boolean {
  if (!covers(who, c)) return false;
  if (f.status && c.status !== f.status) return false;
  if (f.category && !c.categories.includes(f.category)) return false;
  if (f.severity && severityRank(c.maxSeverity) < severityRank(f.severity)) return false;
  if (f.platform && c.platform !== f.platform) return false;
  if (f.regionCode && !jurisdictionOf(c).startsWith(regionPrefix(f.regionCode))) return false;
  if (f.creditCode && (c.creditCode ?? '').toUpperCase() !== f.creditCode.toUpperCase()) return false;
  if (f.from && c.createdAt < f.from) return false;
  if (f.to && c.createdAt >= f.to) return false;
  return true;
}
