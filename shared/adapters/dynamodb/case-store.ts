/**
 * Cases: head `CASE#<id>`/`CASE`, versions `CASE#<id>`/`V#000001`, audit `CASE#<id>`/`AUDIT#<at>#<n>`.
 * Every write is one conditional single-item write (no transactions: dynalite has none).
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { StaleVersionError } from '#shared/pipeline/errors.ts';
import { auditKey, caseIndexKeys, caseKey, versionKey } from '#shared/pipeline/keys.ts';
import type { AuditEntry, CaseStore, CaseSummary, CaseVersion, WriteOutcome } from '#shared/pipeline/ports.ts';
import { INDEX } from '#shared/pipeline/resources.ts';
import { defaultDocumentClient, isConditionFailure, storeError, stripKeys } from '#shared/adapters/dynamodb/client.ts';
import type { TableOptions } from '#shared/adapters/dynamodb/result-store.ts';

export const headItem = (head: CaseSummary): Record<string, unknown> => ({
  ...caseKey(head.caseId),
  ...caseIndexKeys(head),
  itemType: 'case',
  ...head,
});

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
      return out.Item ? stripKeys<CaseSummary>(out.Item) : undefined;
    } catch (err) {
      throw storeError('getCaseHead', err);
    }
  }

  async getVersion(caseId: string, version: number): Promise<CaseVersion | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: versionKey(caseId, version), ConsistentRead: true }),
      );
      return out.Item ? stripKeys<CaseVersion>(out.Item) : undefined;
    } catch (err) {
      throw storeError('getVersion', err);
    }
  }

  putVersion(version: CaseVersion): Promise<WriteOutcome> {
    return this.putNew(
      { ...versionKey(version.caseId, version.version), itemType: 'version', ...version },
      'putVersion',
    );
  }

  createCase(head: CaseSummary): Promise<WriteOutcome> {
    return this.putNew(headItem(head), 'createCase');
  }

  appendAudit(entry: AuditEntry): Promise<WriteOutcome> {
    // one entry per (time, version, actor): a re-delivery re-writing the same entry finds it there
    const key = auditKey(entry.caseId, entry.at, `${entry.version}-${entry.actor}`);
    return this.putNew({ ...key, itemType: 'audit', ...entry }, 'appendAudit');
  }

  async updateCase(head: CaseSummary, previous: CaseSummary): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: headItem(head),
          ConditionExpression: '#v = :v AND updatedAt = :u',
          ExpressionAttributeNames: { '#v': 'version' },
          ExpressionAttributeValues: { ':v': previous.version, ':u': previous.updatedAt },
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) throw new StaleVersionError(previous.version, { cause: err });
      throw storeError('updateCase', err);
    }
  }

  async countOpenCases(employerKey: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    try {
      do {
        const out = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: INDEX.byEmployer,
            KeyConditionExpression: 'gsi4pk = :pk AND begins_with(gsi4sk, :open)',
            ExpressionAttributeValues: { ':pk': `EM#${employerKey}`, ':open': 'open#' },
            Select: 'COUNT',
            ExclusiveStartKey: start,
          }),
        );
        count += out.Count ?? 0;
        start = out.LastEvaluatedKey;
      } while (start);
      return count;
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
