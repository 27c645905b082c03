import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoSignalStore, SIGNAL_TTL_DAYS } from '#shared/signals/dynamodb-store.ts';
import { SignalStoreError } from '#shared/signals/types.ts';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
const ddb = mockClient(doc);
const me = { platform: 'p', adId: 'a2', employer: 'name:乙', sig: 'c2ln', at: '2026-11-26T06:00:00.000Z' };

describe('DynamoSignalStore', () => {
  beforeEach(() => ddb.reset());

  it('writes one item per (key, submission) and returns the other ads, newest first, once each', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    const ev = { field: 'contact.phone', start: 0, end: 11, excerpt: '138****5678' };
    ddb.on(QueryCommand).resolves({
      Items: [
        { sk: 'T#2026-11-26T06:00:00.000Z#p#a2', platform: 'p', adId: 'a2', employer: 'name:乙', sig: 'c2ln' },
        { sk: 'T#2026-11-26T05:00:00.000Z#q#a9', platform: 'q', adId: 'a9', employer: 'code:X', sig: 'eHl6' },
        { sk: 'T#2026-11-25T05:00:00.000Z#p#a1', platform: 'p', adId: 'a1', employer: 'name:甲', at: 'x', ev },
        // an earlier submission of a9: the same ad, listed once
        { sk: 'T#2026-11-24T05:00:00.000Z#q#a9', platform: 'q', adId: 'a9', employer: 'code:X' },
      ],
    });
    const store = new DynamoSignalStore(doc, 'recruitwatch-main');
    const others = await store.recordAndFindShared('contact:phone:abc', { ...me, ev }, 10);
    expect(others).toEqual([
      { platform: 'q', adId: 'a9', employer: 'code:X', sig: 'eHl6' },
      { platform: 'p', adId: 'a1', employer: 'name:甲', at: 'x', ev },
    ]);
    const put = ddb.commandCalls(BatchWriteCommand)[0]?.args[0].input;
    expect(put?.RequestItems?.['recruitwatch-main']).toEqual([
      {
        PutRequest: {
          Item: {
            pk: 'SIG#contact:phone:abc',
            sk: 'T#2026-11-26T06:00:00.000Z#p#a2',
            itemType: 'signal',
            platform: 'p',
            adId: 'a2',
            employer: 'name:乙',
            sig: 'c2ln',
            at: me.at,
            ev,
            // expires SIGNAL_TTL_DAYS after the submission (epoch seconds)
            ttl: Math.floor(Date.parse(me.at ?? '') / 1000) + SIGNAL_TTL_DAYS * 86_400,
          },
        },
      },
    ]);
    expect(JSON.stringify(put)).not.toContain('5678 ');
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'recruitwatch-main',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'SIG#contact:phone:abc' },
      ScanIndexForward: false,
    });
  });

  it('records all keys of an ad in one request and answers each key in order', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':pk': 'SIG#k2' } })
      .resolves({ Items: [{ platform: 'q', adId: 'z', employer: 'e' }] });
    const keys = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, ad: me }));
    const out = await new DynamoSignalStore(doc, 't-1').recordAndFindAll(keys, 5);
    expect(out).toHaveLength(30);
    expect(out[2]).toEqual([{ platform: 'q', adId: 'z', employer: 'e' }]);
    expect(out[1]).toEqual([]);
    // 25 items per BatchWriteItem
    expect(ddb.commandCalls(BatchWriteCommand).map((c) => c.args[0].input.RequestItems?.['t-1']?.length)).toEqual([
      25, 5,
    ]);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(30);
  });

  it('retries unprocessed items, then gives up with a typed error', async () => {
    const left = { 't-1': [{ PutRequest: { Item: { pk: 'SIG#k', sk: 'x' } } }] };
    ddb.on(BatchWriteCommand).resolvesOnce({ UnprocessedItems: left }).resolves({});
    ddb.on(QueryCommand).resolves({ Items: [] });
    await expect(new DynamoSignalStore(doc, 't-1').recordAndFindShared('k', me, 5)).resolves.toEqual([]);
    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(2);
    expect(ddb.commandCalls(BatchWriteCommand)[1]?.args[0].input.RequestItems).toEqual(left);

    ddb.reset();
    ddb.on(BatchWriteCommand).resolves({ UnprocessedItems: left });
    const err = await new DynamoSignalStore(doc, 't-1').recordAndFindShared('k', me, 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignalStoreError);
    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(5);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });

  it('caps the answer at the limit', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    ddb.on(QueryCommand).resolves({
      Items: Array.from({ length: 5 }, (_, i) => ({
        sk: `T#2026-11-2${i}#p#x${i}`,
        platform: 'p',
        adId: `x${i}`,
        employer: `e${i}`,
      })),
    });
    expect(await new DynamoSignalStore(doc, 't-1').recordAndFindShared('k', me, 2)).toHaveLength(2);
  });

  it('wraps other failures in a typed error with the cause', async () => {
    const boom = new Error('throttled');
    ddb.on(BatchWriteCommand).rejects(boom);
    const err = await new DynamoSignalStore(doc, 't-1').recordAndFindShared('k', me, 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignalStoreError);
    expect((err as Error).cause).toBe(boom);
  });
});
