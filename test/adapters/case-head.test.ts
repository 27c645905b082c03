/**
 * The one versioned head write both the worker (new ad versions) and the review API (decisions) use:
 * its UpdateItem with the SDK faked, then the two writers racing for one head version on dynalite.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HeadChangeError, headUpdateInput, updateCaseHead } from '#shared/adapters/dynamodb/case-head.ts';
import { DynamoCaseStore } from '#shared/adapters/dynamodb/case-store.ts';
import { StaleVersionError, StoreError } from '#shared/pipeline/errors.ts';
import type { AuditEntry, CaseSummary } from '#shared/pipeline/ports.ts';
import { DynamoReviewStore } from '#shared/review/dynamodb-store.ts';
import { VersionConflictError } from '#shared/review/errors.ts';
import { conditionFailed, documentClient, throttled } from '#test/adapters/clients.ts';
import { startTestTable, type TestTable } from '#test/adapters/dynalite-table.ts';

const head: CaseSummary = {
  caseId: 'c_head',
  platform: 'p',
  adId: 'a',
  title: 't',
  regionCode: '430102',
  city: '长沙',
  country: 'CN',
  employerName: null,
  creditCode: null,
  employerKey: 'name:x',
  status: 'open',
  maxSeverity: 'high',
  categories: ['fraud'],
  rules: ['fraud-fee'],
  version: 1,
  adVersion: 1,
  contentHash: 'h1',
  createdAt: '2026-11-26T06:00:00.000Z',
  updatedAt: '2026-11-26T06:00:00.000Z',
};

const decision = (version: number): AuditEntry => ({
  at: '2026-11-26T08:00:00.000Z',
  actor: 'reviewer',
  decision: 'confirm',
  reason: '收取费用',
  version,
  statusBefore: 'open',
  statusAfter: 'confirmed',
});

class Stale extends Error {}

describe('headUpdateInput', () => {
  it('is one SET on the head, conditional on the head existing at the expected version', () => {
    const input = headUpdateInput('t', 'c_1', 4, { set: { status: 'open', skipped: undefined }, bumpVersion: true });
    expect(input.Key).toEqual({ pk: 'CASE#c_1', sk: 'CASE' });
    expect(input.ConditionExpression).toBe('attribute_exists(pk) AND #version = :expected');
    expect(input.UpdateExpression).toBe('SET #status = :status, #version = #version + :one');
    expect(input.ExpressionAttributeValues).toEqual({ ':expected': 4, ':status': 'open', ':one': 1 });
    expect(Object.values(input.ExpressionAttributeNames ?? {})).not.toContain('skipped');
  });

  it('appends audit entries without ever replacing the list', () => {
    const input = headUpdateInput('t', 'c_1', 1, { set: { status: 'confirmed' }, appendAudit: [decision(1)] });
    expect(input.UpdateExpression).toContain('#audit = list_append(if_not_exists(#audit, :empty), :entry)');
    expect(input.ExpressionAttributeValues?.[':entry']).toEqual([decision(1)]);
  });

  it('removes attributes a new ad version no longer gives, in the same write', () => {
    const input = headUpdateInput('t', 'c_1', 2, { set: { version: 3, city: '长沙' }, remove: ['regionCode'] });
    expect(input.UpdateExpression).toBe('SET #version = :version, #city = :city REMOVE #regionCode');
    expect(input.ExpressionAttributeNames?.['#regionCode']).toBe('regionCode');
    expect(() => headUpdateInput('t', 'c', 1, { set: { city: 'x' }, remove: ['city'] })).toThrow(HeadChangeError);
    expect(() => headUpdateInput('t', 'c', 1, { set: { city: 'x' }, remove: ['version'] })).toThrow(HeadChangeError);
  });

  it('refuses changes it cannot express safely', () => {
    expect(() => headUpdateInput('t', 'c', 1, { set: { audit: [] } })).toThrow(HeadChangeError);
    expect(() => headUpdateInput('t', 'c', 1, { set: { expected: 2 } })).toThrow(HeadChangeError);
    expect(() => headUpdateInput('t', 'c', 1, { set: { 'a.b': 1 } })).toThrow(HeadChangeError);
    expect(() => headUpdateInput('t', 'c', 1, { set: { version: 2 }, bumpVersion: true })).toThrow(HeadChangeError);
    expect(() => headUpdateInput('t', 'c', 1, { set: {} })).toThrow(HeadChangeError);
  });
});

describe('updateCaseHead with the SDK faked', () => {
  const client = documentClient();
  const ddb = mockClient(client);
  beforeEach(() => ddb.reset());
  const write = { client, tableName: 't', caseId: 'c_1', expectedVersion: 2, operation: 'op' };

  it('sends exactly one UpdateItem', async () => {
    ddb.on(UpdateCommand).resolves({});
    await updateCaseHead({ ...write, change: { set: { status: 'open' } }, onStale: () => new Stale() });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
  });

  it('hands a lost condition to onStale with the SDK error as cause, anything else is a StoreError', async () => {
    const lost = conditionFailed();
    ddb.on(UpdateCommand).rejects(lost);
    let seen: unknown;
    const onStale = (cause: unknown) => {
      seen = cause;
      return new Stale();
    };
    await expect(updateCaseHead({ ...write, change: { set: { status: 'open' } }, onStale })).rejects.toBeInstanceOf(
      Stale,
    );
    expect((seen as Error).name).toBe('ConditionalCheckFailedException');
    ddb.on(UpdateCommand).rejects(throttled());
    const err = await updateCaseHead({ ...write, change: { set: { status: 'open' } }, onStale }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toContain('op failed');
  });
});

describe('the worker and a reviewer racing for one head version on dynalite', () => {
  let table: TestTable;
  beforeAll(async () => {
    table = await startTestTable('rw-case-head-test');
  });
  afterAll(async () => {
    await table?.stop();
  });

  it('lets exactly one of them win, and gives the loser its own typed error', async () => {
    const { tableName, client } = table;
    const cases = new DynamoCaseStore({ tableName, client });
    const review = new DynamoReviewStore({ tableName, client });
    expect(await cases.createCase(head)).toBe('written');

    // both read version 1; the reviewer writes first
    await review.applyDecision(head, decision(1));
    const newAdVersion = {
      ...head,
      version: 2,
      adVersion: 2,
      contentHash: 'h2',
      updatedAt: '2026-11-26T09:00:00.000Z',
    };
    await expect(cases.updateCase(newAdVersion, 1)).rejects.toBeInstanceOf(StaleVersionError);

    // the worker re-reads (version 2) and wins; a reviewer still on version 2... now loses to it
    const current = await cases.getCaseHead(head.caseId);
    expect(current).toMatchObject({ version: 2, status: 'confirmed' });
    await cases.updateCase({ ...newAdVersion, status: 'confirmed', version: 3 }, 2);
    const conflict = await review.applyDecision({ ...head, version: 2 }, decision(2)).catch((e) => e);
    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect(conflict.currentVersion).toBe(3);

    const stored = await review.getCase(head.caseId);
    expect(stored).toMatchObject({ version: 3, adVersion: 2, status: 'confirmed' });
    expect(stored?.audit).toEqual([decision(1)]);
  });
});
