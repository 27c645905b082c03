/**
 * One alert per case: item `CASE#<id>` / `ALERT`. `claim` is a conditional put that succeeds when no alert
 * was claimed yet, or when the pending claim is older than the lease (its delivery died between claim and
 * publish) or was released (its publish failed). The lease is the ingest queue's visibility timeout: SQS
 * itself gives up on a delivery after that long. Two deliveries of one message at the same moment (SQS is
 * at-least-once) therefore publish once: the second finds a live claim and gets AlertClaimHeldError, so its
 * message is retried later instead of being deleted with the alert unsent. A crash between publish and
 * markSent can still publish twice after the lease; subscribers can de-duplicate on the deterministic alertId.
 */
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AlertClaimHeldError } from '#shared/pipeline/errors.ts';
import { alertKey } from '#shared/pipeline/keys.ts';
import type { AlertLedger } from '#shared/pipeline/ports.ts';
import { INGEST_QUEUE } from '#shared/pipeline/resources.ts';
import {
  defaultDocumentClient,
  isConditionFailure,
  storeError,
  type TableOptions,
} from '#shared/adapters/dynamodb/client.ts';

export interface AlertLedgerOptions extends TableOptions {
  /** How long a pending claim is respected (default: the ingest queue's visibility timeout). */
  leaseSeconds?: number;
}

export class DynamoAlertLedger implements AlertLedger {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;
  private readonly leaseMs: number;

  constructor(options: AlertLedgerOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
    this.leaseMs = (options.leaseSeconds ?? INGEST_QUEUE.visibilityTimeoutSeconds) * 1000;
  }

  async claim(caseId: string, alertId: string, at: string): Promise<boolean> {
    const expired = new Date(Date.parse(at) - this.leaseMs).toISOString();
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...alertKey(caseId), itemType: 'alert', caseId, alertId, state: 'pending', claimedAt: at },
          ConditionExpression:
            'attribute_not_exists(pk) OR (#s = :pending AND (attribute_not_exists(#c) OR #c < :expired))',
          ExpressionAttributeNames: { '#s': 'state', '#c': 'claimedAt' },
          ExpressionAttributeValues: { ':pending': 'pending', ':expired': expired },
        }),
      );
      return true;
    } catch (err) {
      if (!isConditionFailure(err)) throw storeError('claimAlert', err);
    }
    // lost the condition: already sent, or another delivery holds a live claim
    const state = await this.state(caseId);
    if (state === 'sent') return false;
    throw new AlertClaimHeldError(`alert of ${caseId} is claimed by another delivery`);
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

  /** Removes claimedAt from our own pending claim (a claim taken over since is left alone). */
  async release(caseId: string, claimedAt: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: alertKey(caseId),
          UpdateExpression: 'REMOVE #c',
          ConditionExpression: '#s = :pending AND #c = :at',
          ExpressionAttributeNames: { '#s': 'state', '#c': 'claimedAt' },
          ExpressionAttributeValues: { ':pending': 'pending', ':at': claimedAt },
        }),
      );
    } catch (err) {
      if (isConditionFailure(err)) return;
      throw storeError('releaseAlert', err);
    }
  }

  private async state(caseId: string): Promise<unknown> {
    try {
      const out = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: alertKey(caseId), ConsistentRead: true }),
      );
      return out.Item?.state;
    } catch (err) {
      throw storeError('readAlert', err);
    }
  }
}
