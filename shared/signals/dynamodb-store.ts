/**
 * SignalStore on DynamoDB. One item per (key, ad): pk `SIG#<key>`, sk `AD#<platform>#<adId>`, written
 * with a single-item conditional put (`attribute_not_exists(pk)`: a redelivered message changes
 * nothing; no transactions, so it runs on dynalite too), then one Query on the key for the other ads.
 * Keys are already hashed by the caller: no phone number or e-mail address is stored.
 */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type AdRef, SignalStoreError, type SignalStore } from '#shared/signals/types.ts';

const isConditionFailure = (err: unknown): boolean =>
  (err as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

export class DynamoSignalStore implements SignalStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.client = client;
    this.tableName = tableName;
  }

  async recordAndFindShared(key: string, ad: AdRef, limit: number): Promise<AdRef[]> {
    const pk = `SIG#${key}`;
    const sk = `AD#${ad.platform}#${ad.adId}`;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk,
            sk,
            itemType: 'signal',
            platform: ad.platform,
            adId: ad.adId,
            employer: ad.employer,
            ...(ad.sig ? { sig: ad.sig } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (err) {
      if (!isConditionFailure(err)) throw new SignalStoreError(`recording signal key failed`, { cause: err });
    }
    try {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          Limit: limit + 1,
        }),
      );
      const refs: AdRef[] = [];
      for (const item of out.Items ?? []) {
        if (item.sk === sk) continue;
        const r: AdRef = { platform: String(item.platform), adId: String(item.adId), employer: String(item.employer) };
        if (typeof item.sig === 'string') r.sig = item.sig;
        refs.push(r);
        if (refs.length >= limit) break;
      }
      return refs;
    } catch (err) {
      throw new SignalStoreError(`querying signal key failed`, { cause: err });
    }
  }
}
