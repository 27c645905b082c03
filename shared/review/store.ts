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
   * index. Statistics and exports over a date range use it instead of walking the whole queue.
   */
  casesCreated?(who: RegulatorPrincipal, from: string, to: string): AsyncIterable<CaseSummary>;
}
