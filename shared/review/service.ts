/**
 * The review service: what regulators can do with cases. Every method takes the caller and enforces
 * scope itself, whatever the store returns: a case outside the caller's jurisdictions is "not found",
 * and never counted or exported.
 */
import { CursorCodec } from '#shared/review/cursor.ts';
import { CaseNotFoundError, VersionConflictError } from '#shared/review/errors.ts';
import { parseCsvLang, toCsv } from '#shared/review/export-csv.ts';
import { byQueueOrder, matches } from '#shared/review/order.ts';
import { defaultZone, localDay } from '#shared/review/local-day.ts';
import { parseDecision, parseFilter, parseListQuery, parseStatsQuery, type RawQuery } from '#shared/review/query.ts';
import { covers, requireRegulator, scopeKey } from '#shared/review/scope.ts';
import { StatsAccumulator } from '#shared/review/stats.ts';
import { fitsByDay, type ReviewStore } from '#shared/review/store.ts';
import {
  type AuditEntry,
  type CaseDetail,
  type CaseFilter,
  type CaseSummary,
  type Principal,
  type RegulatorPrincipal,
  STATUS_AFTER,
  type Stats,
} from '#shared/review/types.ts';

export interface ReviewServiceOptions {
  store: ReviewStore;
  /** HMAC secret for page cursors (at least 16 bytes); see cursor.ts for what happens without one. */
  cursorSecret: string | Buffer | undefined;
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

  /** Who the caller is, as the console shows it. */
  whoAmI(principal: Principal | undefined): { subject: string; regions: readonly string[] | '*' } {
    const who = requireRegulator(principal);
    return { subject: who.subject, regions: who.regions };
  }

  async listCases(principal: Principal | undefined, raw: RawQuery): Promise<ListResult> {
    const who = requireRegulator(principal);
    const { filter, limit, cursor } = parseListQuery(raw, defaultZone(who));
    const key = scopeKey(who);
    const after = cursor === undefined ? undefined : this.cursors.decode(cursor, key, filter);
    const page = await this.store.listCases({ who, filter, limit, after });
    const items = page.items.filter((c) => matches(c, who, filter)).slice(0, limit);
    return { items, nextCursor: page.next ? this.cursors.encode(page.next, key, filter) : null };
  }

  async getCase(principal: Principal | undefined, caseId: string): Promise<CaseDetail> {
    const who = requireRegulator(principal);
    const c = await this.store.getCase(caseId);
    if (!c || !covers(who, c)) throw new CaseNotFoundError(`case ${caseId} not found`);
    let employerCases: CaseSummary[] = [];
    // the employer key is the credit code, else the normalised employer name (shared/pipeline/keys.ts)
    const employer = c.employerKey ?? c.creditCode ?? 'unknown';
    if (employer !== 'unknown') {
      const found = await this.store.employerCases(who, employer, EMPLOYER_CASES + 1);
      employerCases = found
        .filter((o) => o.caseId !== c.caseId && covers(who, o))
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
        .slice(0, EMPLOYER_CASES);
    }
    return { ...c, employerCases };
  }

  /**
   * Records a decision: status, version and audit trail change in one conditional write on the case
   * head, which succeeds only while the case is at `expectedVersion` (409 otherwise).
   */
  async decide(principal: Principal | undefined, caseId: string, body: unknown): Promise<CaseDetail> {
    const who = requireRegulator(principal);
    const input = parseDecision(body);
    const c = await this.store.getCase(caseId);
    if (!c || !covers(who, c)) throw new CaseNotFoundError(`case ${caseId} not found`);
    if (c.version !== input.expectedVersion) {
      throw new VersionConflictError(`case ${caseId} changed: it is at version ${c.version}`, c.version);
    }
    const entry: AuditEntry = {
      at: this.nextInstant(c.updatedAt),
      actor: who.subject,
      decision: input.decision,
      reason: input.reason,
      version: c.version,
      statusBefore: c.status,
      statusAfter: STATUS_AFTER[input.decision],
    };
    const { versions: _v, audit: _a, ...head } = c;
    await this.store.applyDecision(head, entry);
    return this.getCase(principal, caseId);
  }

  async stats(principal: Principal | undefined, raw: RawQuery): Promise<Stats> {
    const who = requireRegulator(principal);
    const { filter, groupBy, zone } = parseStatsQuery(raw, defaultZone(who));
    const acc = new StatsAccumulator(groupBy, zone);
    const { rows, truncated } = await this.all(who, filter);
    for (const c of rows) acc.add(c);
    return {
      groupBy,
      tz: zone,
      from: filter.from ?? null,
      to: filter.to ?? null,
      total: acc.total,
      groups: acc.groups(),
      truncated,
    };
  }

  async exportCsv(
    principal: Principal | undefined,
    raw: RawQuery,
  ): Promise<{ csv: string; rows: number; truncated: boolean; day: string }> {
    const who = requireRegulator(principal);
    const lang = parseCsvLang(raw.lang);
    const { filter, zone } = parseFilter(raw, defaultZone(who));
    const { rows, truncated } = await this.all(who, filter);
    // the file is named after the caller's day
    const day = localDay(this.clock().getTime(), zone);
    return { csv: toCsv(rows.sort(byQueueOrder), lang), rows: rows.length, truncated, day };
  }

  /** A timestamp after `previous`, so the head always moves forward even within one millisecond. */
  private nextInstant(previous: string): string {
    const now = this.clock().getTime();
    const prev = Date.parse(previous);
    return new Date(Number.isNaN(prev) || now > prev ? now : prev + 1).toISOString();
  }

  /** Every case in scope matching the filter, up to maxRows: from the by-day index for a date range when the store has one. */
  private async all(who: RegulatorPrincipal, filter: CaseFilter): Promise<{ rows: CaseSummary[]; truncated: boolean }> {
    const rows: CaseSummary[] = [];
    const take = (c: CaseSummary): 'full' | 'ok' => {
      if (!matches(c, who, filter)) return 'ok';
      if (rows.length >= this.maxRows) return 'full';
      rows.push(c);
      return 'ok';
    };
    const to = filter.to ?? this.clock().toISOString();
    if (filter.from && this.store.casesCreated && fitsByDay(filter.from, to)) {
      for await (const c of this.store.casesCreated(who, filter.from, to)) {
        if (take(c) === 'full') return { rows, truncated: true };
      }
      return { rows, truncated: false };
    }
    let after: string | undefined;
    do {
      const page = await this.store.listCases({ who, filter, limit: PAGE, after });
      for (const c of page.items) if (take(c) === 'full') return { rows, truncated: true };
      after = page.next;
    } while (after !== undefined);
    return { rows, truncated: false };
  }
}
