import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsAlertPublisher } from '#shared/adapters/sns/alert-publisher.ts';
import { batches, SqsIngestQueue, sqsSafeJson } from '#shared/adapters/sqs/ingest-queue.ts';
import { AlertError } from '#shared/pipeline/errors.ts';
import type { Alert } from '#shared/pipeline/ports.ts';
import { sdkConfig } from '#test/adapters/clients.ts';
import { makeAd, message } from '#test/pipeline/fakes.ts';

const sqsClient = new SQSClient(sdkConfig);
const sqs = mockClient(sqsClient);
const snsClient = new SNSClient(sdkConfig);
const sns = mockClient(snsClient);
beforeEach(() => {
  sqs.reset();
  sns.reset();
});

const queueUrl = 'https://sqs.ap-east-1.amazonaws.com/111111111111/rw-ingest';
const sleeps: number[] = [];
const queue = () =>
  new SqsIngestQueue({
    queueUrl,
    client: sqsClient,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
const msgs = (n: number) => Array.from({ length: n }, (_, i) => message(makeAd({ adId: `ad-${i}` })));

describe('SqsIngestQueue', () => {
  it('sends in batches of 10 entries', async () => {
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    expect(await queue().sendAll(msgs(25))).toEqual([]);
    const calls = sqs.commandCalls(SendMessageBatchCommand);
    expect(calls.map((c) => c.args[0].input.Entries?.length)).toEqual([10, 10, 5]);
    expect(calls[2]?.args[0].input.Entries?.[0]?.Id).toBe('20');
  });

  it('escapes the characters SQS refuses, keeping the JSON equal', () => {
    const value = { t: 'a\uFFFEb\uFFFFc\u0001\uD800' };
    const body = sqsSafeJson(value);
    expect(body).not.toMatch(/[\uFFFE\uFFFF\u0000-\u001F\uD800-\uDFFF]/);
    expect(JSON.parse(body)).toEqual(value);
  });

  it('splits batches to stay under 256 KiB', () => {
    const items = Array.from({ length: 5 }, () => ({ bytes: 100 * 1024 }));
    expect(batches(items).map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('retries entries that failed on the service side, not those that were the sender fault', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .resolvesOnce({
        Successful: [],
        Failed: [
          { Id: '1', Code: 'InternalError', SenderFault: false },
          { Id: '2', Code: 'InvalidMessageContents', SenderFault: true, Message: 'bad' },
        ],
      })
      .resolves({ Successful: [], Failed: [] });
    const failures = await queue().sendAll(msgs(3));
    expect(failures).toEqual([{ position: 2, code: 'InvalidMessageContents', message: 'bad' }]);
    const second = sqs.commandCalls(SendMessageBatchCommand)[1]?.args[0].input.Entries;
    expect(second?.map((e) => e.Id)).toEqual(['1']);
  });

  it('retries a throttled call with backoff and gives up after the attempts', async () => {
    sleeps.length = 0;
    sqs.on(SendMessageBatchCommand).rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));
    const failures = await queue().sendAll(msgs(2));
    expect(failures.map((f) => [f.position, f.code])).toEqual([
      [0, 'ThrottlingException'],
      [1, 'ThrottlingException'],
    ]);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(4);
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('recovers when a throttled call succeeds on retry', async () => {
    sqs
      .on(SendMessageBatchCommand)
      .rejectsOnce(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }))
      .resolves({ Successful: [], Failed: [] });
    expect(await queue().sendAll(msgs(3))).toEqual([]);
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(2);
  });
});

describe('SnsAlertPublisher', () => {
  const alert: Alert = {
    alertId: 'a_1',
    caseId: 'c_1',
    adVersion: 1,
    platform: 'p',
    adId: 'ad',
    jurisdiction: '430102',
    country: 'CN',
    category: 'fraud',
    categories: ['fraud', 'personal_data'],
    severity: 'critical',
    reasons: ['fraud-fee', 'pii-id-number'],
    employerKey: 'E',
    openCasesForEmployer: 1,
    createdAt: 'now',
  };
  const publisher = new SnsAlertPublisher({ topicArn: 'arn:aws:sns:ap-east-1:111111111111:alerts', client: snsClient });

  it('publishes with the attributes teams filter on', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm' });
    await publisher.publish(alert);
    const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(input?.MessageAttributes).toMatchObject({
      jurisdiction: { DataType: 'String', StringValue: '430102' },
      severity: { DataType: 'String', StringValue: 'critical' },
    });
    // every alerting category, as a String.Array: SNS filter policies match any element of it
    expect(input?.MessageAttributes?.category).toEqual({
      DataType: 'String.Array',
      StringValue: '["fraud","personal_data"]',
    });
    expect(input?.Subject).toBe('RecruitWatch critical fraud + personal_data alert');
    expect(JSON.parse(input?.Message ?? '{}')).toEqual(alert);
  });

  it('wraps a failure in AlertError', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('x'), { name: 'ThrottledException' }));
    await expect(publisher.publish(alert)).rejects.toBeInstanceOf(AlertError);
  });
});
