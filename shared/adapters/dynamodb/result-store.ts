/** Latest screening result per (platform, adId): item `AD#<platform>#<adId>` / `RESULT`. */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { adKey } from '#shared/pipeline/keys.ts';
import type {
  LinkChange,
  LinkExpectation,
  ResultLinkWriter,
  ResultStore,
  StoredResult,
  WriteOutcome,
} from '#shared/pipeline/ports.ts';
import {
  defaultDocumentClient,
  isConditionFailure,
  storeError,
  stripKeys,
  type TableOptions,
} from '#shared/adapters/dynamodb/client.ts';

export class DynamoResultStore implements ResultStore, ResultLinkWriter {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
  }

  async getResult(platform: string, adId: string): Promise<StoredResult | undefined> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: adKey(platform, adId), ConsistentRead: true }),
      );
      return out.Item ? stripKeys<StoredResult>(out.Item) : undefined;
    } catch (err) {
      throw storeError('getResult', err);
    }
  }

  async putResult(result: StoredResult): Promise<WriteOutcome> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...adKey(result.platform, result.adId), itemType: 'result', ...result },
          // a delivery of an older submission never overwrites a newer one
          ConditionExpression: 'attribute_not_exists(pk) OR receivedAt <= :r',
          ExpressionAttributeValues: { ':r': result.receivedAt },
        }),
      );
      return 'written';
    } catch (err) {
      if (isConditionFailure(err)) return 'exists';
      throw storeError('putResult', err);
    }
  }

  /**
   * One UpdateItem: the result's findings rewritten with the new link and the entry appended, applied only
   * while the result has the content hash and the number of links the caller read (the list only grows, so
   * an unchanged size means nobody wrote in between; the caller checked the key is not in it).
   */
  async addLink(platform: string, adId: string, expect: LinkExpectation, change: LinkChange): Promise<WriteOutcome> {
    const values: Record<string, unknown> = {
      ':h': expect.contentHash,
      ':f': change.findings,
      ':r': change.riskScore,
      ':t': true,
      ':c': change.caseId,
      ':e': [change.entry],
      ':empty': [],
    };
    const sets = ['findings = :f', 'riskScore = :r', 'flagged = :t', 'caseId = :c'];
    if (change.adVersion !== undefined) {
      values[':v'] = change.adVersion;
      sets.push('adVersion = :v');
    }
    sets.push('#links = list_append(if_not_exists(#links, :empty), :e)');
    let condition = 'contentHash = :h AND attribute_not_exists(#links)';
    if (expect.links > 0) {
      values[':n'] = expect.links;
      condition = 'contentHash = :h AND size(#links) = :n';
    }
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: adKey(platform, adId),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#links': 'links' },
          ExpressionAttributeValues: values,
        }),
      );
      return 'written';
    } catch (err) {
      if (isConditionFailure(err)) return 'exists';
      throw storeError('addLink', err);
    }
  }
}
