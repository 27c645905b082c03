import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoSignalStore } from '#shared/signals/dynamodb-store.ts';
import { SignalStoreError } from '#shared/signals/types.ts';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-1' }));
const ddb = mockClient(doc);
const me = { platform: 'p', adId: 'a2', employer: 'name:乙', sig: 'c2ln', at: '2026-11-26T06:00:00.000Z' };

describe('DynamoSignalStore', () => {
  beforeEach(() => ddb.reset());

  it('writes one conditional item per (key, submission) and returns the other ads, newest first, once each', async () => {
    ddb.on(PutCommand).resolves({});
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
    const put = ddb.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put).toMatchObject({
      TableName: 'recruitwatch-main',
      Item: {
        pk: 'SIG#contact:phone:abc',
        sk: 'T#2026-11-26T06:00:00.000Z#p#a2',
        employer: 'name:乙',
        sig: 'c2ln',
        at: me.at,
        ev,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(JSON.stringify(put)).not.toContain('5678 ');
    expect(ddb.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      TableName: 'recruitwatch-main',
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'SIG#contact:phone:abc' },
      ScanIndexForward: false,
    });
  });

  it('treats a repeated record (condition failed) as done and still answers', async () => {
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));
    ddb.on(QueryCommand).resolves({ Items: [] });
    await expect(new DynamoSignalStore(doc, 't-1').recordAndFindShared('k', me, 5)).resolves.toEqual([]);
  });

  it('caps the answer at the limit', async () => {
    ddb.on(PutCommand).resolves({});
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
    ddb.on(PutCommand).rejects(boom);
    const err = await new DynamoSignalStore(doc, 't-1').recordAndFindShared('k', me, 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SignalStoreError);
    expect((err as Error).cause).toBe(boom);
  });
});
