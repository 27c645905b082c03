/** The queue order, shared by stores: severity (highest first), then newest first, then case id. */
import { severityRank } from '#shared/engine/types.ts';
import { covers, type Scope } from '#shared/review/scope.ts';
import type { CaseFilter, CaseSummary } from '#shared/review/types.ts';

/** A string key that sorts ascending in queue order. */
export function queueKey(c: Pick<CaseSummary, 'maxSeverity' | 'createdAt' | 'caseId'>): string {
  const rank = 9 - severityRank(c.maxSeverity);
  const inverted = (9_999_999_999_999 - Date.parse(c.createdAt)).toString().padStart(13, '0');
  return `${rank}#${inverted}#${c.caseId}`;
}

export function matches(c: CaseSummary, scope: Scope, f: CaseFilter): boolean {
  if (!covers(scope, c.regionCode)) return false;
  if (f.status && c.status !== f.status) return false;
  if (f.category && !c.categories.includes(f.category)) return false;
  if (f.severity && severityRank(c.maxSeverity) < severityRank(f.severity)) return false;
  if (f.platform && c.platform !== f.platform) return false;
  if (
    f.regionCode &&
    !(c.regionCode ?? '').toUpperCase().startsWith(f.regionCode.toUpperCase().replace(/(?:00)+$/, ''))
  )
    return false;
  if (f.creditCode && (c.creditCode ?? '').toUpperCase() !== f.creditCode.toUpperCase()) return false;
  if (f.from && c.createdAt < f.from) return false;
  if (f.to && c.createdAt >= f.to) return false;
  return true;
}
