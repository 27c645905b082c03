/**
 * The storage port of the review service. The DynamoDB adapter and the in-memory store implement it.
 * Every query takes the caller's scope so the store can use its jurisdiction index; the service checks
 * the scope again on every item it returns.
 */
import type { Scope } from '#shared/review/scope.ts';
import type { AuditEntry, CaseFilter, CaseRecord, CaseSummary } from '#shared/review/types.ts';

export interface CaseQuery {
  scope: Scope;
  filter: CaseFilter;
  limit: number;
  /** The store's own position token from the previous page. */
  after?: string | undefined;
}

export interface CasePage {
  items: CaseSummary[];
  /** Present when more items may follow. */
  next?: string | undefined;
}

export interface ReviewStore {
  /** Cases matching scope and filter, ordered by severity (highest first), then newest first, then case id. */
  listCases(query: CaseQuery): Promise<CasePage>;
  getCase(caseId: string): Promise<CaseRecord | undefined>;
  /**
   * Sets the case's status to `entry.statusAfter`, bumps its version and appends `entry` to its audit
   * trail in one conditional write that succeeds only if the case is still at `expectedVersion`;
   * otherwise throws VersionConflictError (CaseNotFoundError if the case is gone).
   */
  applyDecision(caseId: string, entry: AuditEntry, expectedVersion: number): Promise<CaseSummary>;
}
