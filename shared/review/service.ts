/**
 * The review service: what regulators can do with cases. Every method takes the caller and enforces
 * scope itself, whatever the store returns: a case outside the caller's jurisdictions is "not found",
 * and never counted or exported.
 */
import { CursorCodec } from '#shared/review/cursor.ts';
import { CaseNotFoundError } from '#shared/review/errors.ts';
import { toCsv } from '#shared/review/export-csv.ts';
import { summaryOf } from '#shared/review/memory-store.ts';
import { matches } from '#shared/review/order.ts';
import { parseDecision, parseFilter, parseListQuery, parseStatsQuery, type RawQuery } from '#shared/review/query.ts';
import { covers, type Scope, scopeKey, scopeOf } from '#shared/review/scope.ts';
import { StatsAccumulator } from '#shared/review/stats.ts';
import type { ReviewStore } from '#shared/review/store.ts';
import {
  type AuditEntry,
  type CaseDetail,
  type CaseFilter,
  type CaseSummary,
  type ReviewPrincipal,
  STATUS_AFTER,
  type Stats,
} from '#shared/review/types.ts';

export interface ReviewServiceOptions {
  store: ReviewStore;
  /** HMAC secret for page cursors (at least 16 bytes). */
  cursorSecret: string | Buffer;
  clock?: () => Date;
  /** Most rows one export or stats request reads. */
  maxRows?: number;
}

export interface ListResult {
  items: CaseSummary[];
  nextCursor: string | null;
}

const PAGE = 200;
const EMPLOYER_CASES = 20;

export class ReviewService {
  private readonly store: ReviewStore;
  private readonly cursors: CursorCodec;
  private readonly clock: () => Date;
  private readonly maxRows: number;

  constructor(options: ReviewServiceOptions) {
    this.store = options.store;
    this.cursors = new CursorCodec(options.cursorSecret);
    this.clock = options.clock ?? (() => new Date());
    this.maxRows = options.maxRows ?? 50_000;
  }

  async listCases(principal: ReviewPrincipal | undefined, raw: RawQuery): Promise<ListResult> {
    const scope = scopeOf(principal);
    const { filter, limit, cursor } = parseListQuery(raw);
    const key = scopeKey(scope);
    const after = cursor === undefined ? undefined : this.cursors.decode(cursor, key, filter);
    const page = await this.store.listCases({ scope, filter, limit, after });
    const items = page.items.filter((c) => matches(c, scope, filter)).slice(0, limit);
    return { items, nextCursor: page.next ? this.cursors.encode(page.next, key, filter) : null };
  }

  async getCase(principal: ReviewPrincipal | undefined, caseId: string): Promise<CaseDetail> {
    const scope = scopeOf(principal);
    const record = await this.store.getCase(caseId);
    if (!record || !covers(scope, record.regionCode)) throw new CaseNotFoundError(`case ${caseId} not found`);
    const employerCases: CaseSummary[] = [];
    if (record.creditCode) {
      const filter: CaseFilter = { creditCode: record.creditCode };
      const page = await this.store.listCases({ scope, filter, limit: EMPLOYER_CASES + 1 });
      for (const c of page.items) {
        if (c.caseId !== record.caseId && matches(c, scope, filter)) employerCases.push(c);
      }
    }
    employerCases.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return {
      ...summaryOf(record),
      versions: record.versions,
      audit: record.audit,
      employerCases: employerCases.slice(0, EMPLOYER_CASES),
    };
  }

  async decide(principal: ReviewPrincipal | undefined, caseId: string, body: unknown): Promise<CaseDetail> {
    const scope = scopeOf(principal);
    const input = parseDecision(body);
    const record = await this.store.getCase(caseId);
    if (!record || !covers(scope, record.regionCode) || !principal) {
      throw new CaseNotFoundError(`case ${caseId} not found`);
    }
    const entry: AuditEntry = {
      at: this.clock().toISOString(),
      actor: principal.id,
      decision: input.decision,
      reason: input.reason,
      version: input.expectedVersion,
      statusBefore: record.status,
      statusAfter: STATUS_AFTER[input.decision],
    };
    await this.store.applyDecision(caseId, entry, input.expectedVersion);
    return this.getCase(principal, caseId);
  }

  async stats(principal: ReviewPrincipal | undefined, raw: RawQuery): Promise<Stats> {
    const scope = scopeOf(principal);
    const { filter, groupBy } = parseStatsQuery(raw);
    const acc = new StatsAccumulator(groupBy);
    for await (const c of this.all(scope, filter)) acc.add(c);
    return { groupBy, from: filter.from ?? null, to: filter.to ?? null, total: acc.total, groups: acc.groups() };
  }

  async exportCsv(principal: ReviewPrincipal | undefined, raw: RawQuery): Promise<{ csv: string; rows: number }> {
    const scope = scopeOf(principal);
    const filter = parseFilter(raw);
    const rows: CaseSummary[] = [];
    for await (const c of this.all(scope, filter)) rows.push(c);
    return { csv: toCsv(rows), rows: rows.length };
  }

  /** Every case in scope matching the filter, in queue order, up to maxRows. */
  private async *all(scope: Scope, filter: CaseFilter): AsyncGenerator<CaseSummary> {
    let after: string | undefined;
    let n = 0;
    do {
      const page = await this.store.listCases({ scope, filter, limit: PAGE, after });
      for (const c of page.items) {
        if (!matches(c, scope, filter)) continue;
        if (n++ >= this.maxRows) return;
        yield c;
      }
      after = page.next;
    } while (after !== undefined);
  }
}
