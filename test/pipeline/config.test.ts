import { describe, expect, it, vi } from 'vitest';
import { ConfigError } from '#shared/pipeline/errors.ts';
import { loadApiConfig, loadAuthorizerConfig, loadWorkerConfig } from '#shared/pipeline/config.ts';

const api = { TABLE_NAME: 'rw-main', INGEST_QUEUE_URL: 'https://sqs.ap-east-1.amazonaws.com/111111111111/rw' };
const worker = { TABLE_NAME: 'rw-main', ALERT_TOPIC_ARN: 'arn:aws:sns:ap-east-1:111111111111:rw-alerts' };

describe('configuration', () => {
  it('reads valid variables', () => {
    expect(loadApiConfig(api)).toEqual({ tableName: 'rw-main', queueUrl: api.INGEST_QUEUE_URL });
    expect(loadWorkerConfig(worker)).toEqual({ tableName: 'rw-main', topicArn: worker.ALERT_TOPIC_ARN });
    expect(loadAuthorizerConfig({ TABLE_NAME: 'rw-main' })).toEqual({ tableName: 'rw-main' });
  });

  it('fails at start-up with a ConfigError naming the missing or malformed variable', () => {
    expect(() => loadApiConfig({ TABLE_NAME: 'rw-main' })).toThrow(ConfigError);
    expect(() => loadApiConfig({ TABLE_NAME: 'rw-main' })).toThrow(/INGEST_QUEUE_URL/);
    expect(() => loadWorkerConfig({ ...worker, ALERT_TOPIC_ARN: 'not-an-arn' })).toThrow(/ALERT_TOPIC_ARN/);
    expect(() => loadAuthorizerConfig({})).toThrow(/TABLE_NAME/);
  });

  it('makes the worker handler module fail to load without its configuration', async () => {
    vi.resetModules();
    vi.stubEnv('TABLE_NAME', '');
    vi.stubEnv('ALERT_TOPIC_ARN', '');
    await expect(import('#functions/worker/handler.ts')).rejects.toMatchObject({
      name: 'ConfigError',
      message: expect.stringContaining('TABLE_NAME'),
    });
    vi.unstubAllEnvs();
  });
});
