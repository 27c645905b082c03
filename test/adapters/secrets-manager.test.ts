/** The Secrets Manager adapter with the SDK faked (aws-sdk-client-mock): no network. */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SecretsManagerSource, SecretValueError } from '#shared/adapters/secrets/secrets-manager.ts';
import { sdkConfig } from '#test/adapters/clients.ts';

const client = new SecretsManagerClient(sdkConfig);
const sm = mockClient(client);
const source = new SecretsManagerSource({ client });
const ARN = 'arn:aws:secretsmanager:ap-east-1:111111111111:secret:ReviewCursorSecret-AbC123';
beforeEach(() => sm.reset());

describe('SecretsManagerSource', () => {
  it('reads the current string value by ARN', async () => {
    sm.on(GetSecretValueCommand, { SecretId: ARN }).resolves({ SecretString: 'v'.repeat(64) });
    expect(await source.getSecret(ARN)).toBe('v'.repeat(64));
    expect(sm.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('refuses a secret without a string value', async () => {
    sm.on(GetSecretValueCommand).resolves({ SecretBinary: new Uint8Array([1, 2, 3]) });
    await expect(source.getSecret(ARN)).rejects.toBeInstanceOf(SecretValueError);
  });

  it('lets SDK errors through for the caller to wrap', async () => {
    sm.on(GetSecretValueCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(source.getSecret(ARN)).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});
