/**
 * Links left for an ad whose result was not stored yet: items `AD#<platform>#<adId>` / `LINK#<rule>|<platform>:<adId>`
 * in the ad's own partition, next to its result. Written once (`attribute_not_exists(pk)`; a replay finds
 * it there), never updated or deleted; read with one consistent Query after the ad's result is stored.
 */
import { type DynamoDBDocumentClient, PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import {
  defaultDocumentClient,
  isConditionFailure,
  storeError,
  type TableOptions,
} from '#shared/adapters/dynamodb/client.ts';
import { adKey, linkInboxKey } from '#shared/pipeline/keys.ts';
import type { LinkInbox } from '#shared/pipeline/ports.ts';
import type { LinkEntry } from '#shared/signals/findings.ts';

export class DynamoLinkInbox implements LinkInbox {
  private readonly tableName: string;
  private readonly client: DynamoDBDocumentClient;

  constructor(options: TableOptions) {
    this.tableName = options.tableName;
    this.client = options.client ?? defaultDocumentClient();
  }

  async leave(platform: string, adId: string, entry: LinkEntry): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...linkInboxKey(platform, adId, entry.key), itemType: 'link', platform, adId, entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw storeError('leaveLink', err);
    }
  }

  async pending(platform: string, adId: string): Promise<LinkEntry[]> {
    const out: LinkEntry[] = [];
    try {
      const pages = paginateQuery(
        { client: this.client },
        {
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :link)',
          ExpressionAttributeValues: { ':pk': adKey(platform, adId).pk, ':link': 'LINK#' },
          ConsistentRead: true,
        },
      );
      for await (const page of pages)
        for (const item of page.Items ?? []) if (item.entry) out.push(item.entry as LinkEntry);
      return out;
    } catch (err) {
      throw storeError('pendingLinks', err);
    }
  }
}
