/** Secret values from AWS Secrets Manager, read by ARN (the API function's review cursor secret). */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretSource } from '#shared/review/config.ts';

/** The secret exists but holds no string (a binary secret, or no current version). */
export class SecretValueError extends Error {
  override name = 'SecretValueError';
}

export interface SecretsManagerSourceOptions {
  client?: SecretsManagerClient;
}

export class SecretsManagerSource implements SecretSource {
  private readonly client: SecretsManagerClient;

  constructor(options: SecretsManagerSourceOptions = {}) {
    this.client = options.client ?? new SecretsManagerClient({});
  }

  async getSecret(arn: string): Promise<string> {
    const out = await this.client.send(new GetSecretValueCommand({ SecretId: arn }));
    if (typeof out.SecretString !== 'string') throw new SecretValueError('the secret holds no string value');
    return out.SecretString;
  }
}
