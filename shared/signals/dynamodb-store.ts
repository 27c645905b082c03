/**
 * SignalStore on DynamoDB. One item per (key, submission of an ad): pk `SIG#<key>`, sk
 * `T#<receivedAt>#<platform>#<adId>`, so one Query (newest first) answers the most recent other ads.
 * Written with a single-item conditional put (`attribute_not_exists(pk)`: a redelivered message has the
 * same receivedAt and changes nothing; no transactions, so it runs on dynalite too). A changed
 * re-submission of the same ad adds an item; reads keep one entry per ad. Keys are already hashed by the
 * caller and evidence excerpts are masked: no phone number or e-mail address is stored.
 */
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Evidence } from '#shared/engine/types.ts';
import { type AdRef, refKey, SignalStoreError, type SignalStore } from '#shared/signals/types.ts';

const isConditionFailure = (err: unknown): boolean =>
  (err as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

/** Extra rows read beyond `limit`: the ad itself and earlier submissions of the same ads. */
const SLACK = 4;

export const signalSortKey = (ad: Pick<AdRef, 'platform' | 'adId' | 'at'>): string =>
  `T#${ad.at ?? ''}#${ad.platform}#${ad.adId}`;

function evidenceOf(v: unknown): Evidence | undefined {
  const e = v as Partial<Evidence> | undefined;
  if (!e || typeof e.field !== 'string' || typeof e.start !== 'number' || typeof e.end !== 'number') return undefined;
  return { field: e.field, start: e.start, end: e.end, excerpt: String(e.excerpt ?? '') };
}

export class DynamoSignalStore implements SignalStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.client = client;
    this.tableName = tableName;
  }

  async recordAndFindShared(key: string, ad: AdRef, limit: number): Promise<AdRef[]> {
    const pk = `SIG#${key}`;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            pk,
            sk: signalSortKey(ad),
            itemType: 'signal',
            platform: ad.platform,
            adId: ad.adId,
            employer: ad.employer,
            ...(ad.sig ? { sig: ad.sig } : {}),
            ...(ad.at ? { at: ad.at } : {}),
            ...(ad.ev ? { ev: ad.ev } : {}),
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
          ScanIndexForward: false,
          Limit: limit + SLACK,
        }),
      );
      const self = refKey(ad);
      const seen = new Set<string>([self]);
      const refs: AdRef[] = [];
      for (const item of out.Items ?? []) {
        const r: AdRef = { platform: String(item.platform), adId: String(item.adId), employer: String(item.employer) };
        if (seen.has(refKey(r))) continue;
        seen.add(refKey(r));
        if (typeof item.sig === 'string') r.sig = item.sig;
        if (typeof item.at === 'string') r.at = item.at;
        const ev = evidenceOf(item.ev);
        if (ev) r.ev = ev;
        refs.push(r);
        if (refs.length >= limit) break;
      }
      return refs;
    } catch (err) {
      throw new SignalStoreError(`querying signal key failed`, { cause: err });
    }
  }
}
