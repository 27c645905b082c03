/**
 * Cases: head `CASE#<id>`/`CASE` (with its audit trail as a list attribute), versions
 * `CASE#<id>`/`V#000001`. Every write is one conditional single-item write (dynalite has no transactions).
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { updateCaseHead } from '#shared/adapters/dynamodb/case-head.ts';
import { StaleVersionError } from '#shared/pipeline/errors.ts';
import { caseIndexKeys, caseKey, versionKey } from '#shared/pipeline/keys.ts';
import type { CaseStore, CaseSummary, CaseVersion, LinkedCaseFinding, WriteOutcome } from '#shared/pipeline/ports.ts';
import { INDEX } from '#shared/pipeline/resources.ts';
import {
  defaultDocumentClient,
  isConditionFailure,
  storeError,
  stripKeys,
  type TableOptions,
} from '#shared/adapters/dynamodb/client.ts';

/** Head fields that may be unknown: stored as no attribute at all, read back as null. */
const NULLABLE = ['regionCode', 'city', 'employerName', 'creditCode'] as const;

/**
 * The head's attributes as stored, without keys (index keys included, recomputed from the fields). A field
 * the ad did not give (no region code, no employer name) is left out rather than stored as NULL.
 */
export function headAttributes(head: CaseSummary): Record<string, unknown> {
  const attrs: Record<string, unknown> = { ...caseIndexKeys(head), itemType: 'case', ...head };
  for (const k of NULLABLE) if (attrs[k] === null) delete attrs[k];
  return attrs;
}

/** A head item (or an index row of it) as a CaseSummary: keys and the audit trail dropped, absent fields null. */
export function headFromItem(item: Record<string, unknown>): CaseSummary {
  const { audit: _audit, ...head } = stripKeys<CaseSummary & { audit?: unknown }>(item);
  for (const k of NULLABLE) head[k] ??= null;
  return head;
}

export class DynamoCaseStore implements CaseStore {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
  }

  async getCaseHead(caseId: string): Promise<CaseSummary | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: caseKey(caseId), ConsistentRead: true }),
      );
      return out.Item ? headFromItem(out.Item) : undefined;
    } catch (err) {
      throw storeError('getCaseHead', err);
    }
  }

  async getVersion(caseId: string, adVersion: number): Promise<CaseVersion | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: versionKey(caseId, adVersion), ConsistentRead: true }),
      );
      return out.Item ? stripKeys<CaseVersion>(out.Item) : undefined;
    } catch (err) {
      throw storeError('getVersion', err);
    }
  }

  putVersion(version: CaseVersion): Promise<WriteOutcome> {
    return this.putNew(
      { ...versionKey(version.caseId, version.adVersion), itemType: 'version', ...version },
      'putVersion',
    );
  }

  createCase(head: CaseSummary): Promise<WriteOutcome> {
    return this.putNew({ ...caseKey(head.caseId), ...headAttributes(head), audit: [] }, 'createCase');
  }

  updateCase(next: CaseSummary, expectedVersion: number): Promise<void> {
    return updateCaseHead({
      client: this.client,
      tableName: this.tableName,
      caseId: next.caseId,
      expectedVersion,
      // a field the new ad version no longer gives is removed, not left from the old version
      change: { set: headAttributes(next), remove: NULLABLE.filter((k) => next[k] === null) },
      operation: 'updateCase',
      onStale: (cause) => new StaleVersionError(expectedVersion, { cause }),
    });
  }

  appendLinked(next: CaseSummary, expectedVersion: number, entry: LinkedCaseFinding): Promise<void> {
    const { linked: _linked, linkKeys: _keys, ...rest } = next;
    const attrs = headAttributes(rest);
    return updateCaseHead({
      client: this.client,
      tableName: this.tableName,
      caseId: next.caseId,
      expectedVersion,
      // only what a linked finding changes: the list fields, the version, the index keys
      change: {
        set: {
          maxSeverity: attrs.maxSeverity,
          categories: attrs.categories,
          rules: attrs.rules,
          version: attrs.version,
          updatedAt: attrs.updatedAt,
          ...caseIndexKeys(rest),
        },
        appendLists: { linked: [entry], linkKeys: [entry.key] },
        unlessListHolds: { attribute: 'linkKeys', value: entry.key },
      },
      operation: 'appendLinked',
      onStale: (cause) => new StaleVersionError(expectedVersion, { cause }),
    });
  }

  async countOpenCases(employerKey: string, upTo: number): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    // paged by hand, not with paginateQuery: each page asks only for the cases still missing (Limit shrinks)
    try {
      do {
        const out = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: INDEX.byEmployer,
            KeyConditionExpression: 'gsi4pk = :pk AND begins_with(gsi4sk, :open)',
            ExpressionAttributeValues: { ':pk': `EM#${employerKey}`, ':open': 'open#' },
            Select: 'COUNT',
            Limit: upTo - count,
            ExclusiveStartKey: start,
          }),
        );
        count += out.Count ?? 0;
        start = out.LastEvaluatedKey;
      } while (start && count < upTo);
      return Math.min(count, upTo);
    } catch (err) {
      throw storeError('countOpenCases', err);
    }
  }

  private async putNew(item: Record<string, unknown>, operation: string): Promise<WriteOutcome> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return 'written';
    } catch (err) {
      if (isConditionFailure(err)) return 'exists';
      throw storeError(operation, err);
    }
  }
}
