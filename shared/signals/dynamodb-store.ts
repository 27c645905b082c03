/**
 * SignalStore on DynamoDB. One item per (key, submission of an ad): pk `SIG#<key>`, sk
 * `T#<receivedAt>#<platform>#<adId>`, so one Query per key (newest first) answers the most recent other
 * ads. All keys of an ad are written in one BatchWriteItem (25 per request, unprocessed items retried):
 * the item is a pure function of the submission, so a redelivery rewrites the same bytes and changes
 * nothing (no condition needed; no transactions, so it runs on dynalite too). A changed re-submission of
 * the same ad adds an item; reads keep one entry per ad. Keys are already hashed by the caller and
 * evidence excerpts are masked: no phone number or e-mail address is stored.
 */
import { BatchWriteCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Evidence } from '#shared/engine/types.ts';
import { type AdRef, type KeyedRef, refKey, SignalStoreError, type SignalStore } from '#shared/signals/types.ts';

/** Extra rows read beyond `limit`: the ad itself and earlier submissions of the same ads. */
const SLACK = 4;
const BATCH = 25;
const WRITE_ATTEMPTS = 5;

/**
 * Signal items expire this long after the ad was received (DynamoDB TTL on `ttl`, epoch seconds): rings
 * are found among recent ads, and signal items are most of the table's storage. Derived from the
 * submission time, so a redelivery still rewrites the same bytes. DynamoDB deletes expired items within
 * days, not at once; until then a look-up may still return them.
 */
export const SIGNAL_TTL_DAYS = 180;

const ttlOf = (at: string | undefined): number | undefined => {
  const ms = at ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000) + SIGNAL_TTL_DAYS * 86_400;
};

export const signalSortKey = (ad: Pick<AdRef, 'platform' | 'adId' | 'at'>): string =>
  `T#${ad.at ?? ''}#${ad.platform}#${ad.adId}`;

function evidenceOf(v: unknown): Evidence | undefined {
  const e = v as Partial<Evidence> | undefined;
  if (!e || typeof e.field !== 'string' || typeof e.start !== 'number' || typeof e.end !== 'number') return undefined;
  return { field: e.field, start: e.start, end: e.end, excerpt: String(e.excerpt ?? '') };
}

const itemOf = ({ key, ad }: KeyedRef): Record<string, unknown> => ({
  pk: `SIG#${key}`,
  sk: signalSortKey(ad),
  itemType: 'signal',
  platform: ad.platform,
  adId: ad.adId,
  employer: ad.employer,
  ...(ad.sig ? { sig: ad.sig } : {}),
  ...(ad.at ? { at: ad.at } : {}),
  ...(ad.ev ? { ev: ad.ev } : {}),
  ...(ttlOf(ad.at) !== undefined ? { ttl: ttlOf(ad.at) } : {}),
});

export class DynamoSignalStore implements SignalStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.client = client;
    this.tableName = tableName;
  }

  async recordAndFindAll(entries: readonly KeyedRef[], limit: number): Promise<AdRef[][]> {
    await this.record(entries);
    return Promise.all(entries.map((e) => this.find(e, limit)));
  }

  recordAndFindShared(key: string, ad: AdRef, limit: number): Promise<AdRef[]> {
    return this.recordAndFindAll([{ key, ad }], limit).then((r) => r[0] ?? []);
  }

  private async record(entries: readonly KeyedRef[]): Promise<void> {
    for (let i = 0; i < entries.length; i += BATCH) {
      let requests = entries.slice(i, i + BATCH).map((e) => ({ PutRequest: { Item: itemOf(e) } }));
      for (let attempt = 1; requests.length; attempt++) {
        if (attempt > WRITE_ATTEMPTS)
          throw new SignalStoreError('recording signal keys failed: items left unprocessed');
        try {
          const out = await this.client.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }));
          requests = (out.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
        } catch (err) {
          throw new SignalStoreError('recording signal keys failed', { cause: err });
        }
        if (requests.length) await new Promise((r) => setTimeout(r, 10 * 2 ** attempt));
      }
    }
  }

  private async find({ key, ad }: KeyedRef, limit: number): Promise<AdRef[]> {
    try {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `SIG#${key}` },
          ScanIndexForward: false,
          Limit: limit + SLACK,
        }),
      );
      const seen = new Set<string>([refKey(ad)]);
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
      throw new SignalStoreError('querying signal key failed', { cause: err });
    }
  }
}
