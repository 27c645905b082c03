/**
 * One alert per case: item `CASE#<id>` / `ALERT`. `claim` is a conditional put that succeeds when no
 * alert was sent yet (a pending claim left by a crashed attempt may be re-claimed), so redeliveries
 * publish at most once unless a crash falls between publish and markSent; subscribers can de-duplicate
 * on the deterministic alertId for that window.
 */
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { alertKey } from '#shared/pipeline/keys.ts';
import type { AlertLedger } from '#shared/pipeline/ports.ts';
import {
  defaultDocumentClient,
  isConditionFailure,
  storeError,
  type TableOptions,
} from '#shared/adapters/dynamodb/client.ts';

export class DynamoAlertLedger implements AlertLedger {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
  }

  async claim(caseId: string, alertId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...alertKey(caseId), itemType: 'alert', caseId, alertId, state: 'pending', claimedAt: at },
          ConditionExpression: 'attribute_not_exists(pk) OR #s = :pending',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw storeError('claimAlert', err);
    }
  }

  async markSent(caseId: string, at: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: alertKey(caseId),
          UpdateExpression: 'SET #s = :sent, sentAt = :at',
          ExpressionAttributeNames: { '#s': 'state' },
          ExpressionAttributeValues: { ':sent': 'sent', ':at': at },
        }),
      );
    } catch (err) {
      throw storeError('markAlertSent', err);
    }
  }
}
