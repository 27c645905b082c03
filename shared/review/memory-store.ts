/**
 * An in-memory ReviewStore with the same semantics as the DynamoDB adapter (one atomic conditional write
 * per decision, append-only audit). Used by unit tests and the console's browser-test server.
 */
import { CaseNotFoundError, VersionConflictError } from '#shared/review/errors.ts';
import { byQueueOrder, matches, queueKey } from '#shared/review/order.ts';
import { covers } from '#shared/review/scope.ts';
import type { CasePage, CaseQuery, ReviewStore } from '#shared/review/store.ts';
import type { AuditEntry, Case, CaseSummary, RegulatorPrincipal } from '#shared/review/types.ts';

export function summaryOf(c: Case): CaseSummary {
  const { versions: _v, audit: _a, ...head } = c;
  return structuredClone(head);
}

export class MemoryReviewStore implements ReviewStore {
  private readonly cases = new Map<string, Case>();

  put(c: Case): void {
    this.cases.set(c.caseId, structuredClone(c));
  }

  async listCases(q: CaseQuery): Promise<CasePage> {
    const rows = [...this.cases.values()]
      .map(summaryOf)
      .filter((c) => matches(c, q.who, q.filter))
      .sort(byQueueOrder);
    const start = q.after === undefined ? 0 : rows.findIndex((c) => queueKey(c) < (q.after as string));
    if (start < 0) return { items: [] };
    const page = rows.slice(start, start + q.limit);
    const last = page.at(-1);
    return { items: page, next: start + q.limit < rows.length && last ? queueKey(last) : undefined };
  }

  async employerCases(who: RegulatorPrincipal, employerKey: string, limit: number): Promise<CaseSummary[]> {
    return [...this.cases.values()]
      .filter((c) => c.employerKey === employerKey && covers(who, c))
      .slice(0, limit)
      .map(summaryOf);
  }

  async getCase(caseId: string): Promise<Case | undefined> {
    const c = this.cases.get(caseId);
    return c ? structuredClone(c) : undefined;
  }

  async applyDecision(head: CaseSummary, entry: AuditEntry): Promise<void> {
    const c = this.cases.get(head.caseId);
    if (!c) throw new CaseNotFoundError(`case ${head.caseId} not found`);
    if (c.version !== entry.version) {
      throw new VersionConflictError(`case ${head.caseId} is at version ${c.version}`, c.version);
    }
    c.status = entry.statusAfter;
    c.updatedAt = entry.at;
    c.version += 1;
    c.audit.push(structuredClone(entry));
  }
}
