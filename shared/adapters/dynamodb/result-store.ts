/** Latest screening result per (platform, adId): item `AD#<platform>#<adId>` / `RESULT`. */
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { adKey } from '#shared/pipeline/keys.ts';
import type { ResultStore, StoredResult, WriteOutcome } from '#shared/pipeline/ports.ts';
import {
  defaultDocumentClient,
  isConditionFailure,
  storeError,
  stripKeys,
  type TableOptions,
} from '#shared/adapters/dynamodb/client.ts';

export class DynamoResultStore implements ResultStore {
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
}
