/**
 * An in-memory ReviewStore: the reference implementation of the port's contract, used by unit tests and
 * by the console's own test server. Decisions are applied atomically (single-threaded).
 */
import { CaseNotFoundError, VersionConflictError } from '#shared/review/errors.ts';
import { matches, queueKey } from '#shared/review/order.ts';
import type { CasePage, CaseQuery, ReviewStore } from '#shared/review/store.ts';
import type { AuditEntry, CaseRecord, CaseSummary } from '#shared/review/types.ts';

export function summaryOf(r: CaseRecord): CaseSummary {
  const { versions: _v, audit: _a, ...summary } = r;
  return { ...summary, categories: [...summary.categories], rules: [...summary.rules] };
}

export class MemoryReviewStore implements ReviewStore {
  private readonly cases = new Map<string, CaseRecord>();

  put(record: CaseRecord): void {
    this.cases.set(record.caseId, structuredClone(record));
  }

  async listCases(q: CaseQuery): Promise<CasePage> {
    const rows = [...this.cases.values()]
      .map(summaryOf)
      .filter((c) => matches(c, q.scope, q.filter))
      .map((c) => ({ key: queueKey(c), c }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const start = q.after === undefined ? 0 : rows.findIndex((r) => r.key > (q.after as string));
    const page = start < 0 ? [] : rows.slice(start, start + q.limit);
    const last = page.at(-1);
    const more = start >= 0 && start + q.limit < rows.length;
    return { items: page.map((r) => r.c), next: more && last ? last.key : undefined };
  }

  async getCase(caseId: string): Promise<CaseRecord | undefined> {
    const r = this.cases.get(caseId);
    return r ? structuredClone(r) : undefined;
  }

  async applyDecision(caseId: string, entry: AuditEntry, expectedVersion: number): Promise<CaseSummary> {
    const r = this.cases.get(caseId);
    if (!r) throw new CaseNotFoundError(`case ${caseId} not found`);
    if (r.version !== expectedVersion) {
      throw new VersionConflictError(`case ${caseId} is at version ${r.version}`, r.version);
    }
    r.status = entry.statusAfter;
    r.version += 1;
    r.updatedAt = entry.at;
    r.audit.push(structuredClone(entry));
    return summaryOf(r);
  }
}
