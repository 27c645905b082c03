import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoAlertLedger } from '#shared/adapters/dynamodb/alert-ledger.ts';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { DynamoCredentialStore } from '#shared/adapters/dynamodb/credential-store.ts';
import { DynamoResultStore } from '#shared/adapters/dynamodb/result-store.ts';
import { AlertClaimHeldError, StaleVersionError, StoreError } from '#shared/pipeline/errors.ts';
import type { CaseSummary, StoredResult } from '#shared/pipeline/ports.ts';
import { conditionFailed, documentClient, throttled } from '#test/adapters/clients.ts';

const client = documentClient();
const ddb = mockClient(client);
const tableName = 'rw-test';
beforeEach(() => ddb.reset());

const result: StoredResult = {
  platform: 'p',
  adId: 'a',
  contentHash: 'h',
  feedId: 'f',
  receivedAt: '2026-11-26T06:00:00.000Z',
  scannedAt: '2026-11-26T06:00:01.000Z',
  flagged: false,
  riskScore: 0,
  jurisdiction: 'CN',
  language: 'zh',
  findings: [],
  rulesetVersion: 'rs',
  engineVersion: '0',
};

const head: CaseSummary = {
  caseId: 'c_1',
  platform: 'p',
  adId: 'a',
  title: 't',
  regionCode: '430102',
  city: '长沙',
  country: 'CN',
  employerName: null,
  creditCode: '91430100MA4L00000X',
  employerKey: '91430100MA4L00000X',
  status: 'open',
  maxSeverity: 'high',
  categories: ['fraud'],
  rules: ['fraud-fee'],
  version: 2,
  adVersion: 2,
  contentHash: 'h2',
  createdAt: '2026-11-26T06:00:00.000Z',
  updatedAt: '2026-11-26T06:05:00.000Z',
};

describe('DynamoResultStore', () => {
  const store = new DynamoResultStore({ tableName, client });

  it('reads the result item consistently and strips keys', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: 'AD#p#a', sk: 'RESULT', itemType: 'result', ...result } });
    expect(await store.getResult('p', 'a')).toEqual(result);
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({
      Key: { pk: 'AD#p#a', sk: 'RESULT' },
      ConsistentRead: true,
    });
  });

  it('writes conditionally on receivedAt and reports a newer stored result as exists', async () => {
    ddb.on(PutCommand).resolves({});
    expect(await store.putResult(result)).toBe('written');
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input.ConditionExpression).toContain('receivedAt <= :r');
    ddb.on(PutCommand).rejects(conditionFailed());
    expect(await store.putResult(result)).toBe('exists');
  });

  it('wraps throttling (after the SDK retries) in a StoreError with the cause', async () => {
    ddb.on(GetCommand).rejects(throttled());
    const err = await store.getResult('p', 'a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).cause).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
  });
});

describe('DynamoCaseStore', () => {
  const store = new DynamoCaseStore({ tableName, client });

  it('creates a head with index keys and an empty audit trail, once', async () => {
    ddb.on(PutCommand).resolves({});
    expect(await store.createCase(head)).toBe('written');
    const item = ddb.commandCalls(PutCommand)[0]?.args[0].input.Item;
    expect(item).toMatchObject({
      pk: 'CASE#c_1',
      sk: 'CASE',
      audit: [],
      gsi1pk: 'RQ#43#open',
      gsi1sk: '3#2026-11-26T06:05:00.000Z#c_1',
      gsi2pk: 'NQ#open',
      gsi4pk: 'EM#91430100MA4L00000X',
      gsi4sk: 'open#2026-11-26T06:00:00.000Z#c_1',
      gsi5pk: 'DAY#2026-11-26',
      gsi5sk: '430102#c_1',
    });
    ddb.on(PutCommand).rejects(conditionFailed());
    expect(await store.createCase(head)).toBe('exists');
  });

  it('updates the head on the expected version without touching the audit trail', async () => {
    ddb.on(UpdateCommand).resolves({});
    await store.updateCase({ ...head, version: 3 }, 2);
    const input = ddb.commandCalls(UpdateCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe('attribute_exists(pk) AND #version = :expected');
    expect(input?.ExpressionAttributeValues?.[':expected']).toBe(2);
    expect(Object.values(input?.ExpressionAttributeNames ?? {})).not.toContain('audit');
    expect(Object.values(input?.ExpressionAttributeNames ?? {})).toContain('gsi1pk');
  });

  it('turns a lost condition into StaleVersionError and other failures into StoreError', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    await expect(store.updateCase(head, 1)).rejects.toBeInstanceOf(StaleVersionError);
    ddb.on(UpdateCommand).rejects(throttled());
    await expect(store.updateCase(head, 1)).rejects.toBeInstanceOf(StoreError);
  });

  it('puts a version only once', async () => {
    ddb.on(PutCommand).rejects(conditionFailed());
    const outcome = await store.putVersion({
      caseId: 'c_1',
      platform: 'p',
      adId: 'a',
      adVersion: 1,
      contentHash: 'h',
      adSha256: 's',
      ad: { title: 't' },
      findings: [],
      riskScore: 0,
      jurisdiction: 'CN',
      language: 'zh',
      rulesetVersion: 'r',
      engineVersion: 'e',
      feedId: 'f',
      receivedAt: 'x',
      scannedAt: 'y',
      statusAfter: 'open',
    });
    expect(outcome).toBe('exists');
    expect(ddb.commandCalls(PutCommand)[0]?.args[0].input).toMatchObject({
      Item: { pk: 'CASE#c_1', sk: 'V#000001' },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('reads the head without its audit list', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: 'CASE#c_1', sk: 'CASE', gsi1pk: 'x', audit: [{ a: 1 }], ...head } });
    expect(await store.getCaseHead('c_1')).toEqual(head);
  });

  it('counts open cases of an employer across pages, only up to the threshold', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Count: 2, LastEvaluatedKey: { pk: 'x' } })
      .resolvesOnce({ Count: 1, LastEvaluatedKey: { pk: 'y' } })
      .resolves({ Count: 1 });
    expect(await store.countOpenCases('EMP', 3)).toBe(3);
    const calls = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.Limit).toBe(3);
    expect(calls[1]).toMatchObject({
      IndexName: 'gsi4-employer',
      Limit: 1,
      ExclusiveStartKey: { pk: 'x' },
      ExpressionAttributeValues: { ':pk': 'EM#EMP', ':open': 'open#' },
    });
  });
});

describe('DynamoAlertLedger', () => {
  const ledger = new DynamoAlertLedger({ tableName, client, leaseSeconds: 180 });
  const AT = '2026-11-26T06:03:00.000Z';

  it('claims once: a sent alert fails the condition', async () => {
    ddb.on(PutCommand).resolves({});
    expect(await ledger.claim('c_1', 'a_1', AT)).toBe(true);
    ddb.on(PutCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({ Item: { state: 'sent' } });
    expect(await ledger.claim('c_1', 'a_1', AT)).toBe(false);
    ddb.on(PutCommand).rejects(throttled());
    await expect(ledger.claim('c_1', 'a_1', AT)).rejects.toBeInstanceOf(StoreError);
  });

  it('re-claims a pending alert only once its lease (the visibility timeout) has run out', async () => {
    ddb.on(PutCommand).resolves({});
    await ledger.claim('c_1', 'a_1', AT);
    const input = ddb.commandCalls(PutCommand)[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe(
      'attribute_not_exists(pk) OR (#s = :pending AND (attribute_not_exists(#c) OR #c < :expired))',
    );
    expect(input?.ExpressionAttributeNames).toEqual({ '#s': 'state', '#c': 'claimedAt' });
    // 180 s before the claim: a pending claim made after that is still live
    expect(input?.ExpressionAttributeValues).toEqual({ ':pending': 'pending', ':expired': '2026-11-26T06:00:00.000Z' });
    expect(input?.Item).toMatchObject({ state: 'pending', claimedAt: AT, alertId: 'a_1' });
  });

  it('a live pending claim of another delivery is AlertClaimHeldError (retry later), not "already sent"', async () => {
    ddb.on(PutCommand).rejects(conditionFailed());
    ddb.on(GetCommand).resolves({ Item: { state: 'pending', claimedAt: AT } });
    await expect(ledger.claim('c_1', 'a_1', AT)).rejects.toBeInstanceOf(AlertClaimHeldError);
    expect(ddb.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({ ConsistentRead: true });
    ddb.on(GetCommand).rejects(throttled());
    await expect(ledger.claim('c_1', 'a_1', AT)).rejects.toBeInstanceOf(StoreError);
  });

  it('releases only its own pending claim', async () => {
    ddb.on(UpdateCommand).resolves({});
    await ledger.release('c_1', AT);
    expect(ddb.commandCalls(UpdateCommand)[0]?.args[0].input).toMatchObject({
      UpdateExpression: 'REMOVE #c',
      ConditionExpression: '#s = :pending AND #c = :at',
      ExpressionAttributeValues: { ':pending': 'pending', ':at': AT },
    });
    ddb.on(UpdateCommand).rejects(conditionFailed());
    await expect(ledger.release('c_1', AT)).resolves.toBeUndefined();
    ddb.on(UpdateCommand).rejects(throttled());
    await expect(ledger.release('c_1', AT)).rejects.toBeInstanceOf(StoreError);
  });
});

describe('DynamoCredentialStore', () => {
  const store = new DynamoCredentialStore({ tableName, client });
  it('returns a valid principal, nothing for a disabled or malformed credential', async () => {
    const principal = { kind: 'regulator', regions: ['430100'], subject: 'changsha' };
    ddb.on(GetCommand).resolves({ Item: { tokenSha256: 'h', principal } });
    expect(await store.findByTokenHash('h')).toEqual(principal);
    ddb.on(GetCommand).resolves({ Item: { tokenSha256: 'h', principal, disabled: true } });
    expect(await store.findByTokenHash('h')).toBeUndefined();
    ddb.on(GetCommand).resolves({ Item: { tokenSha256: 'h', principal: { kind: 'admin' } } });
    expect(await store.findByTokenHash('h')).toBeUndefined();
    ddb.on(GetCommand).resolves({});
    expect(await store.findByTokenHash('h')).toBeUndefined();
  });
});
