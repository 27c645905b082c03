/** Error paths of the DynamoDB review store with the SDK faked (aws-sdk-client-mock): no network. */
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '#shared/pipeline/errors.ts';
import { DynamoReviewStore } from '#shared/review/dynamodb-store.ts';
import { CaseNotFoundError, VersionConflictError } from '#shared/review/errors.ts';
import type { AuditEntry, RegulatorPrincipal } from '#shared/review/types.ts';
import { conditionFailed, documentClient, throttled } from '#test/adapters/clients.ts';
import { CASES } from '#test/review/fixtures.ts';

const client = documentClient();
const ddb = mockClient(client);
const store = new DynamoReviewStore({ tableName: 'rw-test', client });
const changsha: RegulatorPrincipal = { kind: 'regulator', subject: 'r', regions: ['430100'] };
beforeEach(() => ddb.reset());

const first = CASES[0];
if (!first) throw new Error('fixtures are empty');
const { versions: _v, audit: _a, ...head } = first;
const entry: AuditEntry = {
  at: '2026-11-25T10:00:00.000Z',
  actor: 'r',
  decision: 'confirm',
  reason: '限男性',
  version: 1,
  statusBefore: 'open',
  statusAfter: 'confirmed',
};

describe('DynamoReviewStore error paths', () => {
  it('wraps throttling that outlasts the SDK retries in a StoreError', async () => {
    ddb.on(QueryCommand).rejects(throttled());
    await expect(store.listCases({ who: changsha, filter: {}, limit: 10 })).rejects.toBeInstanceOf(StoreError);
    await expect(store.getCase('cs-1')).rejects.toBeInstanceOf(StoreError);
    ddb.on(UpdateCommand).rejects(throttled());
    await expect(store.applyDecision(head, entry)).rejects.toBeInstanceOf(StoreError);
  });

  it('turns a failed version condition into a conflict naming the current version', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    ddb.on(QueryCommand).resolves({ Items: [{ pk: 'CASE#cs-1', sk: 'CASE', ...head, version: 3, audit: [] }] });
    const err = await store.applyDecision(head, entry).catch((e) => e);
    expect(err).toBeInstanceOf(VersionConflictError);
    expect(err.currentVersion).toBe(3);
  });

  it('reports a case deleted meanwhile as not found', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    ddb.on(QueryCommand).resolves({ Items: [] });
    await expect(store.applyDecision(head, entry)).rejects.toBeInstanceOf(CaseNotFoundError);
  });

  it('writes status, version, index keys and the audit entry in one conditional update', async () => {
    ddb.on(UpdateCommand).resolves({});
    await store.applyDecision(head, entry);
    const calls = ddb.commandCalls(UpdateCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]?.args[0].input;
    expect(input?.ConditionExpression).toBe('attribute_exists(pk) AND #version = :expected');
    expect(input?.ExpressionAttributeValues).toMatchObject({
      ':expected': 1,
      ':status': 'confirmed',
      ':entry': [entry],
      ':gsi1pk': 'RQ#43#confirmed',
      ':gsi2pk': 'NQ#confirmed',
    });
    expect(input?.UpdateExpression).toContain('#audit = list_append(if_not_exists(#audit, :empty), :entry)');
    expect(input?.UpdateExpression).not.toMatch(/REMOVE|DELETE/);
  });

  it('asks a scoped regulator’s queue only from its province partitions, narrowed to its prefix', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    await store.listCases({ who: changsha, filter: { status: 'open' }, limit: 10 });
    const calls = ddb.commandCalls(QueryCommand);
    expect(calls.map((c) => c.args[0].input.ExpressionAttributeValues?.[':pk'])).toEqual(['RQ#43#open']);
    expect(calls[0]?.args[0].input.IndexName).toBe('gsi1-region-status');
    expect(calls[0]?.args[0].input.FilterExpression).toBe(
      '(begins_with(#region, :scope0) OR ((attribute_not_exists(#region) OR attribute_type(#region, :nullType)) AND (begins_with(#country, :scope0))))',
    );
    expect(calls[0]?.args[0].input.ExpressionAttributeValues?.[':scope0']).toBe('4301');
  });
});
