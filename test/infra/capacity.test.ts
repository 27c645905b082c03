/** The cost script's capacity accounting: batch writes counted per item, empty Queries at their minimum. */
import { BatchWriteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexWritesOf, itemWriteUnits, operationOf, signalKindOf, unitsOf } from '#infra/cost/capacity.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynalite-table.ts';

describe('unitsOf on dynalite responses', () => {
  let t: TestTable;
  beforeAll(async () => {
    t = await startTestTable('rw-capacity');
  });
  afterAll(() => t.stop());

  it('counts a BatchWriteItem as writes, each item by its own size (list-shaped ConsumedCapacity)', async () => {
    const small = { pk: 'SIG#dup:0:aa', sk: 'T#1', itemType: 'signal' };
    const big = { pk: 'SIG#dup:1:bb', sk: 'T#1', itemType: 'signal', pad: 'x'.repeat(1500) };
    const input = {
      RequestItems: { [t.tableName]: [{ PutRequest: { Item: small } }, { PutRequest: { Item: big } }] },
      ReturnConsumedCapacity: 'TOTAL' as const,
    };
    const out = await t.client.send(new BatchWriteCommand(input));
    expect(Array.isArray(out.ConsumedCapacity)).toBe(true);
    expect(unitsOf('BatchWriteItemCommand', input, out as Record<string, unknown>)).toEqual({ read: 0, write: 3 });
    expect(itemWriteUnits(small) + itemWriteUnits(big)).toBe(3);
  });

  it('bills an empty eventually consistent Query half a read unit, a strongly consistent one a whole unit', async () => {
    const input = {
      TableName: t.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'SIG#nothing-here' },
      ReturnConsumedCapacity: 'TOTAL' as const,
    };
    const out = (await t.client.send(new QueryCommand(input))) as Record<string, unknown>;
    expect(out.Count).toBe(0);
    expect(unitsOf('QueryCommand', input, out)).toEqual({ read: 0.5, write: 0 });
    expect(unitsOf('QueryCommand', { ...input, ConsistentRead: true }, out)).toEqual({ read: 1, write: 0 });
  });

  it('keeps what dynalite reports for a single PutItem', async () => {
    const input = {
      TableName: t.tableName,
      Item: { pk: 'AD#x', sk: 'RESULT', pad: 'y'.repeat(2100) },
      ReturnConsumedCapacity: 'TOTAL' as const,
    };
    const out = (await t.client.send(new PutCommand(input))) as Record<string, unknown>;
    expect(unitsOf('PutItemCommand', input, out)).toEqual({ read: 0, write: 3 });
  });
});

describe('request classification', () => {
  it('names operations the same for document-client and base commands', () => {
    expect(operationOf('BatchWriteItemCommand')).toBe('BatchWrite');
    expect(operationOf('BatchWriteCommand')).toBe('BatchWrite');
    expect(operationOf('QueryCommand')).toBe('Query');
  });

  it('tells near-duplicate band keys from contact keys and ignores other partitions', () => {
    expect(signalKindOf('SIG#dup:3:0badf00d')).toBe('band');
    expect(signalKindOf('SIG#5f2c')).toBe('contact');
    expect(signalKindOf('CASE#c1')).toBeUndefined();
  });

  it('counts case-head index writes: a put head, an update setting the index keys, nothing else', () => {
    expect(indexWritesOf('PutItemCommand', { Item: { pk: 'CASE#1', gsi1pk: 'RQ#43#open' } })).toBe('created');
    expect(indexWritesOf('PutItemCommand', { Item: { pk: 'CASE#1', sk: 'V#1' } })).toBeUndefined();
    expect(
      indexWritesOf('UpdateItemCommand', {
        UpdateExpression: 'SET #a0 = :v0',
        ExpressionAttributeNames: { '#a0': 'gsi1pk' },
      }),
    ).toBe('updated');
    expect(indexWritesOf('UpdateItemCommand', { UpdateExpression: 'SET #s = :sent' })).toBeUndefined();
  });
});
