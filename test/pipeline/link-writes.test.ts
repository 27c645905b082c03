/** The two writes a cross-ad link makes, against a mocked DynamoDB client (aws-sdk-client-mock). */
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { DynamoLinkInbox } from '#shared/adapters/dynamodb/link-inbox.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { StaleVersionError, StoreError } from '#shared/pipeline/errors.ts';
import type { CaseSummary, LinkedCaseFinding } from '#shared/pipeline/ports.ts';
import { SHARED_CONTACT } from '#shared/signals/index.ts';
import { finding } from '#test/pipeline/fakes.ts';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'ap-east-1' }));
const ddb = mockClient(doc);
const TABLE = 'rw-test';
const conditionFailed = () => new ConditionalCheckFailedException({ message: 'failed', $metadata: {} });
const throttled = () => Object.assign(new Error('slow down'), { name: 'ThrottlingException' });

const entry: LinkedCaseFinding = {
  key: `${SHARED_CONTACT}|demo-platform-b:b`,
  rule: SHARED_CONTACT,
  by: 'demo-platform-b:b',
  at: '2026-11-26T07:00:00.000Z',
  contactKind: 'phone',
  evidence: { field: 'contact.phone', start: 0, end: 11, excerpt: '139******78' },
  version: 3,
  finding: finding(SHARED_CONTACT, 'medium', 'fraud'),
};
const head: CaseSummary = {
  caseId: 'c_abc',
  platform: 'demo-platform-a',
  adId: 'a',
  title: '仓库理货员',
  regionCode: '430104',
  city: '长沙',
  country: 'CN',
  employerName: '甲公司',
  creditCode: null,
  employerKey: 'name:甲公司',
  status: 'open',
  maxSeverity: 'medium',
  categories: ['fraud'],
  rules: [SHARED_CONTACT],
  version: 3,
  adVersion: 1,
  contentHash: 'h1',
  createdAt: '2026-11-26T06:00:00.000Z',
  updatedAt: '2026-11-26T07:00:00.000Z',
  linkKeys: ['old'],
  linked: [],
};

describe('DynamoCaseStore.appendLinked', () => {
  beforeEach(() => ddb.reset());

  it('appends the entry and its key in one conditional UpdateItem keyed by (case, rule, later ad)', async () => {
    ddb.on(UpdateCommand).resolves({});
    await new DynamoCaseStore({ tableName: TABLE, client: doc }).appendLinked(head, 2, entry);
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.Key).toEqual({ pk: 'CASE#c_abc', sk: 'CASE' });
    expect(input?.ConditionExpression).toBe(
      'attribute_exists(pk) AND #version = :expected AND NOT contains(#absentIn, :absent)',
    );
    expect(input?.ExpressionAttributeNames?.['#absentIn']).toBe('linkKeys');
    expect(input?.ExpressionAttributeValues).toMatchObject({ ':expected': 2, ':absent': entry.key, ':version': 3 });
    expect(input?.UpdateExpression).toContain('list_append(if_not_exists(#app0, :empty), :app0)');
    expect(input?.UpdateExpression).toContain('list_append(if_not_exists(#app1, :empty), :app1)');
    const values = input?.ExpressionAttributeValues ?? {};
    const names = input?.ExpressionAttributeNames ?? {};
    const appended = Object.fromEntries([0, 1].map((i) => [names[`#app${i}`], values[`:app${i}`]]));
    expect(appended).toEqual({ linked: [entry], linkKeys: [entry.key] });
    // the head's own lists are appended to, never overwritten, and its text fields are not rewritten
    expect(Object.values(names)).not.toContain('title');
    expect(values).toMatchObject({ ':gsi1pk': 'RQ#43#open' });
  });

  it('maps a failed condition (moved on, or the key already there) to StaleVersionError, other failures to StoreError', async () => {
    ddb.on(UpdateCommand).rejectsOnce(conditionFailed()).rejectsOnce(throttled());
    const store = new DynamoCaseStore({ tableName: TABLE, client: doc });
    await expect(store.appendLinked(head, 2, entry)).rejects.toBeInstanceOf(StaleVersionError);
    const err = await store.appendLinked(head, 2, entry).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).cause).toMatchObject({ name: 'ThrottlingException' });
  });
});

describe('DynamoResultStore.addLink', () => {
  beforeEach(() => ddb.reset());
  const change = { entry, findings: [entry.finding], riskScore: 40, caseId: 'c_abc' };

  it('writes the first link only while the result has its content hash and no links', async () => {
    ddb.on(UpdateCommand).resolves({});
    const store = new DynamoResultStore({ tableName: TABLE, client: doc });
    expect(await store.addLink('demo-platform-a', 'a', { contentHash: 'h1', links: 0 }, change)).toBe('written');
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.Key).toEqual({ pk: 'AD#demo-platform-a#a', sk: 'RESULT' });
    expect(input?.ConditionExpression).toBe('contentHash = :h AND attribute_not_exists(#links)');
    expect(input?.ExpressionAttributeValues).toMatchObject({ ':h': 'h1', ':t': true, ':c': 'c_abc', ':e': [entry] });
    expect(input?.UpdateExpression).not.toContain('adVersion');
  });

  it('later links require the count read (nobody wrote in between); a lost race is "exists"', async () => {
    ddb.on(UpdateCommand).rejectsOnce(conditionFailed()).rejectsOnce(throttled());
    const store = new DynamoResultStore({ tableName: TABLE, client: doc });
    const out = await store.addLink('p', 'a', { contentHash: 'h1', links: 2 }, { ...change, adVersion: 1 });
    expect(out).toBe('exists');
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe('contentHash = :h AND size(#links) = :n');
    expect(input?.ExpressionAttributeValues).toMatchObject({ ':n': 2, ':v': 1 });
    await expect(store.addLink('p', 'a', { contentHash: 'h1', links: 2 }, change)).rejects.toBeInstanceOf(StoreError);
  });
});

describe('DynamoLinkInbox', () => {
  beforeEach(() => ddb.reset());
  const { version: _v, finding: _f, ...link } = entry;

  it("leaves a link once, in the earlier ad's partition; a replay (condition failed) is fine", async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed()).rejectsOnce(throttled());
    const inbox = new DynamoLinkInbox({ tableName: TABLE, client: doc });
    await inbox.leave('demo-platform-a', 'a', link);
    await inbox.leave('demo-platform-a', 'a', link);
    await expect(inbox.leave('demo-platform-a', 'a', link)).rejects.toBeInstanceOf(StoreError);
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
      Item: { pk: 'AD#demo-platform-a#a', sk: `LINK#${entry.key}`, itemType: 'link', entry: link },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('reads every link left for an ad with a consistent Query, page by page', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ entry: link }], LastEvaluatedKey: { pk: 'x', sk: 'y' } })
      .resolvesOnce({ Items: [{ entry: { ...link, key: 'k2' } }] });
    const got = await new DynamoLinkInbox({ tableName: TABLE, client: doc }).pending('demo-platform-a', 'a');
    expect(got.map((e) => e.key)).toEqual([entry.key, 'k2']);
    const first = ddb.commandCalls(QueryCommand)[0]?.args[0].input;
    expect(first).toMatchObject({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :link)',
      ExpressionAttributeValues: { ':pk': 'AD#demo-platform-a#a', ':link': 'LINK#' },
      ConsistentRead: true,
    });
    expect(ddb.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual({ pk: 'x', sk: 'y' });
  });
});
