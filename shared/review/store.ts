/**
 * The storage port of the review service. The DynamoDB adapter (dynamodb-store.ts) and the in-memory
 * store implement it. Every query takes the caller so the store can use its jurisdiction index; the
 * service checks the scope again on every item it returns.
 */
import type { AuditEntry, Case, CaseFilter, CaseSummary, RegulatorPrincipal } from '#shared/review/types.ts';

export interface CaseQuery {
  who: RegulatorPrincipal;
  filter: CaseFilter;
  limit: number;
  /** Queue key (order.ts) of the last row of the previous page: return rows strictly after it. */
  after?: string | undefined;
}

export interface CasePage {
  items: CaseSummary[];
  /** Queue key of the last row, present when more rows may follow. */
  next?: string | undefined;
}

export interface ReviewStore {
  /** Cases in the caller's scope matching the filter, in queue order (order.ts). */
  listCases(query: CaseQuery): Promise<CasePage>;
  /** Cases of one employer (its employerKey: credit code, else `name:<normalised name>`) in the caller's scope, any order, at most `limit`. */
  employerCases(who: RegulatorPrincipal, employerKey: string, limit: number): Promise<CaseSummary[]>;
  /** A case with its versions (oldest first) and audit trail (oldest first). */
  getCase(caseId: string): Promise<Case | undefined>;
  /**
   * In ONE conditional write: sets the status to `entry.statusAfter`, `updatedAt` to `entry.at`, bumps
   * `version` and appends `entry` to the audit trail — only if the case is still at `entry.version`.
   * Throws VersionConflictError when it is not, CaseNotFoundError when the case is gone.
   */
  applyDecision(head: CaseSummary, entry: AuditEntry): Promise<void>;
  /**
   * Optional: every case in the caller's scope created in [from, to), in any order, read from a by-day
   * index (one query per day). Statistics and exports over a date range of at most BY_DAY_MAX_DAYS days
   * use it instead of walking the whole queue; longer ranges walk the queue.
   */
  casesCreated?(who: RegulatorPrincipal, from: string, to: string): AsyncIterable<CaseSummary>;
}

/** Beyond about two years of days, one query per day costs more than walking the status indexes. */
export const BY_DAY_MAX_DAYS = 731;

const DAY_MS = 86_400_000;

/** Whether [from, to) touches few enough UTC days to be read from the by-day index. */
export function fitsByDay(from: string, to: string): boolean {
  const first = Math.floor(Date.parse(from) / DAY_MS);
  const last = Math.floor((Date.parse(to) - 1) / DAY_MS);
  return last - first < BY_DAY_MAX_DAYS;
}

/** The UTC days (YYYY-MM-DD) that [from, to) touches: a local day elsewhere overlaps two of them. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(to);
  for (let d = Date.parse(`${from.slice(0, 10)}T00:00:00.000Z`); d < end; d += DAY_MS) {
    if (days.length === BY_DAY_MAX_DAYS) throw new RangeError(`more than ${BY_DAY_MAX_DAYS} days: walk the queue`);
    days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days;
}
