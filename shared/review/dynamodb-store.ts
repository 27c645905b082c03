/**
 * The review store over the single table (docs/data-model.md). Queues read the status indexes
 * (national `gsi2-status`, scoped `gsi1-region-status` per province/country partition), newest and
 * worst first, and merge partitions by sort key; the sort key IS the queue key, so a page resumes with
 * `sk < after`. A decision is one UpdateItem on the head: status, version + 1, index keys and
 * `audit = list_append(audit, :entry)`, conditional on the expected version.
 */
import { type DynamoDBDocumentClient, type QueryCommandInput, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { updateCaseHead } from '#shared/adapters/dynamodb/case-head.ts';
import { headFromItem } from '#shared/adapters/dynamodb/case-store.ts';
import { defaultDocumentClient, storeError, stripKeys } from '#shared/adapters/dynamodb/client.ts';
import { caseIndexKeys, caseKey, severityDigit } from '#shared/pipeline/keys.ts';
import { INDEX } from '#shared/pipeline/resources.ts';
import { regionPrefix, scopePartitions } from '#shared/pipeline/scope.ts';
import { CaseNotFoundError, VersionConflictError } from '#shared/review/errors.ts';
import { byQueueOrder, matches, queueKey } from '#shared/review/order.ts';
import { scopePrefixes } from '#shared/review/scope.ts';
import { type CasePage, type CaseQuery, daysBetween, type ReviewStore } from '#shared/review/store.ts';
import {
  type AuditEntry,
  CASE_STATUSES,
  type Case,
  type CaseSummary,
  type CaseVersion,
  type RegulatorPrincipal,
} from '#shared/review/types.ts';

export interface DynamoReviewStoreOptions {
  tableName: string;
  client?: DynamoDBDocumentClient;
}

interface Partition {
  index: string;
  pkName: string;
  skName: string;
  pk: string;
}

/** Index rows carry the list attributes only: fill what a projection may leave out. */
function toSummary(item: Record<string, unknown>): CaseSummary {
  const head = headFromItem(item);
  return { ...head, categories: head.categories ?? [], rules: head.rules ?? [] };
}

/**
 * A FilterExpression term: the case's jurisdiction code (shared/pipeline/scope.ts: its region code, else its
 * country) begins with one of the placeholders' values. A head without a region code has no `regionCode`
 * attribute (heads written before that stored NULL: matched too).
 */
function jurisdictionBeginsWith(
  placeholders: readonly string[],
  names: Record<string, string>,
  values: Record<string, unknown>,
): string {
  names['#region'] = 'regionCode';
  names['#country'] = 'country';
  values[':nullType'] = 'NULL';
  const region = placeholders.map((p) => `begins_with(#region, ${p})`).join(' OR ');
  const country = placeholders.map((p) => `begins_with(#country, ${p})`).join(' OR ');
  return `(${region} OR ((attribute_not_exists(#region) OR attribute_type(#region, :nullType)) AND (${country})))`;
}

const DAY_QUERY_CONCURRENCY = 8;

export class DynamoReviewStore implements ReviewStore {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: DynamoReviewStoreOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
  }

  async listCases(q: CaseQuery): Promise<CasePage> {
    const statuses = q.filter.status ? [q.filter.status] : [...CASE_STATUSES];
    const regions = scopePartitions(q.who);
    const partitions: Partition[] = [];
    for (const status of statuses) {
      if (regions === undefined) {
        partitions.push({ index: INDEX.byStatus, pkName: 'gsi2pk', skName: 'gsi2sk', pk: `NQ#${status}` });
      } else {
        for (const r of regions) {
          partitions.push({ index: INDEX.byRegionStatus, pkName: 'gsi1pk', skName: 'gsi1sk', pk: `RQ#${r}#${status}` });
        }
      }
    }
    try {
      const pages = await Promise.all(partitions.map((p) => this.queryPartition(p, q)));
      const merged = pages.flatMap((p) => p.items).sort(byQueueOrder);
      const items = merged.slice(0, q.limit);
      const more = merged.length > q.limit || pages.some((p) => p.more);
      const last = items.at(-1);
      return { items, next: more && last ? queueKey(last) : undefined };
    } catch (err) {
      throw storeError('listCases', err);
    }
  }

  /** Up to `limit` matching rows of one partition after the cursor, worst and newest first. */
  private async queryPartition(p: Partition, q: CaseQuery): Promise<{ items: CaseSummary[]; more: boolean }> {
    const lo = q.filter.severity ? severityDigit(q.filter.severity) : '0';
    const hi = q.after ?? '~';
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: p.index,
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :hi',
      ScanIndexForward: false,
      Limit: Math.min(1_000, Math.max(50, q.limit * 2)),
      ...this.filterExpression(q, { '#pk': p.pkName, '#sk': p.skName }, { ':pk': p.pk, ':lo': lo, ':hi': hi }),
    };
    const items: CaseSummary[] = [];
    for await (const page of paginateQuery({ client: this.client }, input)) {
      for (const raw of page.Items ?? []) {
        const c = toSummary(raw);
        if (q.after !== undefined && queueKey(c) >= q.after) continue;
        if (!matches(c, q.who, q.filter)) continue;
        items.push(c);
        if (items.length > q.limit) return { items, more: true };
      }
    }
    return { items, more: false };
  }

  /** Scope and filters as a FilterExpression, so fewer rows travel; the service re-checks every row. */
  private filterExpression(q: CaseQuery, names: Record<string, string>, values: Record<string, unknown>) {
    const parts: string[] = [];
    const prefixes = scopePrefixes(q.who);
    if (prefixes) {
      const placeholders = prefixes.map((p, i) => {
        values[`:scope${i}`] = p;
        return `:scope${i}`;
      });
      parts.push(jurisdictionBeginsWith(placeholders, names, values));
    }
    const f = q.filter;
    if (f.regionCode) {
      values[':rp'] = regionPrefix(f.regionCode);
      parts.push(jurisdictionBeginsWith([':rp'], names, values));
    }
    if (f.platform) {
      names['#platform'] = 'platform';
      values[':platform'] = f.platform;
      parts.push('#platform = :platform');
    }
    if (f.category) {
      names['#categories'] = 'categories';
      values[':category'] = f.category;
      parts.push('contains(#categories, :category)');
    }
    if (f.from) {
      names['#created'] = 'createdAt';
      values[':from'] = f.from;
      parts.push('#created >= :from');
    }
    if (f.to) {
      names['#created'] = 'createdAt';
      values[':to'] = f.to;
      parts.push('#created < :to');
    }
    const out: Pick<QueryCommandInput, 'ExpressionAttributeNames' | 'ExpressionAttributeValues' | 'FilterExpression'> =
      { ExpressionAttributeNames: names, ExpressionAttributeValues: values };
    if (parts.length) out.FilterExpression = parts.join(' AND ');
    return out;
  }

  async employerCases(who: RegulatorPrincipal, employerKey: string, limit: number): Promise<CaseSummary[]> {
    const out: CaseSummary[] = [];
    try {
      const pages = paginateQuery(
        { client: this.client },
        {
          TableName: this.tableName,
          IndexName: INDEX.byEmployer,
          KeyConditionExpression: 'gsi4pk = :pk',
          ExpressionAttributeValues: { ':pk': `EM#${employerKey}` },
          ScanIndexForward: false,
        },
      );
      for await (const page of pages) {
        for (const raw of page.Items ?? []) {
          const c = toSummary(raw);
          if (matches(c, who, {})) out.push(c);
          if (out.length >= limit) return out;
        }
      }
      return out;
    } catch (err) {
      throw storeError('employerCases', err);
    }
  }

  async *casesCreated(who: RegulatorPrincipal, from: string, to: string): AsyncIterable<CaseSummary> {
    const prefixes = scopePrefixes(who) ?? [''];
    const parts = daysBetween(from, to).flatMap((day) => prefixes.map((prefix) => ({ day, prefix })));
    // a few day partitions at a time: a month of stats is ~30 small queries
    for (let i = 0; i < parts.length; i += DAY_QUERY_CONCURRENCY) {
      const batch = parts.slice(i, i + DAY_QUERY_CONCURRENCY);
      const results = await Promise.all(batch.map((p) => this.casesOfDay(p.day, p.prefix)));
      for (const items of results) {
        for (const c of items) if (c.createdAt >= from && c.createdAt < to) yield c;
      }
    }
  }

  /** Every case created on one UTC day whose region code starts with `prefix` ('' for all). */
  private async casesOfDay(day: string, prefix: string): Promise<CaseSummary[]> {
    const out: CaseSummary[] = [];
    try {
      const pages = paginateQuery(
        { client: this.client },
        {
          TableName: this.tableName,
          IndexName: INDEX.byDay,
          KeyConditionExpression: prefix ? 'gsi5pk = :pk AND begins_with(gsi5sk, :prefix)' : 'gsi5pk = :pk',
          ExpressionAttributeValues: prefix ? { ':pk': `DAY#${day}`, ':prefix': prefix } : { ':pk': `DAY#${day}` },
        },
      );
      for await (const page of pages) for (const raw of page.Items ?? []) out.push(toSummary(raw));
      return out;
    } catch (err) {
      throw storeError('casesCreated', err);
    }
  }

  async getCase(caseId: string): Promise<Case | undefined> {
    let head: (CaseSummary & { audit?: AuditEntry[] }) | undefined;
    const versions: CaseVersion[] = [];
    try {
      const pages = paginateQuery(
        { client: this.client },
        {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': caseKey(caseId).pk },
          ConsistentRead: true,
        },
      );
      for await (const page of pages) {
        for (const item of page.Items ?? []) {
          if (item.sk === 'CASE') head = stripKeys(item);
          else if (typeof item.sk === 'string' && item.sk.startsWith('V#')) versions.push(stripKeys<CaseVersion>(item));
        }
      }
    } catch (err) {
      throw storeError('getCase', err);
    }
    if (!head) return undefined;
    const { audit, ...summary } = head;
    versions.sort((a, b) => a.adVersion - b.adVersion);
    return { ...toSummary(summary as unknown as Record<string, unknown>), versions, audit: audit ?? [] };
  }

  applyDecision(head: CaseSummary, entry: AuditEntry): Promise<void> {
    const next: CaseSummary = { ...head, status: entry.statusAfter, updatedAt: entry.at };
    return updateCaseHead({
      client: this.client,
      tableName: this.tableName,
      caseId: head.caseId,
      expectedVersion: entry.version,
      change: {
        set: { status: next.status, updatedAt: next.updatedAt, ...caseIndexKeys(next) },
        bumpVersion: true,
        appendAudit: [entry],
      },
      operation: 'applyDecision',
      onStale: async (cause) => {
        const current = await this.getCase(head.caseId);
        if (!current) return new CaseNotFoundError(`case ${head.caseId} not found`, { cause });
        return new VersionConflictError(`case ${head.caseId} is at version ${current.version}`, current.version, {
          cause,
        });
      },
    });
  }
}
