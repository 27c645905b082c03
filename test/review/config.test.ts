/** The review configuration: the local stack's optional secret, and the deployed API's fail-closed resolution. */
import { describe, expect, it } from 'vitest';
import {
  loadReviewConfig,
  REVIEW_ENV,
  ReviewConfigError,
  resolveReviewConfig,
  type SecretSource,
} from '#shared/review/config.ts';

const ARN = 'arn:aws:secretsmanager:ap-east-1:111111111111:secret:ReviewCursorSecret-AbC123';
const SECRET = 'k'.repeat(64);

class FakeSecrets implements SecretSource {
  readonly asked: string[] = [];
  private readonly value: string | Error;
  constructor(value: string | Error) {
    this.value = value;
  }
  async getSecret(arn: string): Promise<string> {
    this.asked.push(arn);
    if (this.value instanceof Error) throw this.value;
    return this.value;
  }
}

describe('loadReviewConfig (local stack)', () => {
  it('takes the secret from the environment, or none', () => {
    expect(loadReviewConfig({ [REVIEW_ENV.cursorSecret]: SECRET })).toEqual({ cursorSecret: SECRET });
    expect(loadReviewConfig({})).toEqual({ cursorSecret: undefined });
  });
  it('refuses a short secret', () => {
    expect(() => loadReviewConfig({ [REVIEW_ENV.cursorSecret]: 'short' })).toThrow(ReviewConfigError);
  });
});

describe('resolveReviewConfig (deployed API, at cold start)', () => {
  it('reads the secret once from the secret store by the ARN in the environment', async () => {
    const secrets = new FakeSecrets(SECRET);
    expect(await resolveReviewConfig({ [REVIEW_ENV.cursorSecretArn]: ARN }, secrets)).toEqual({ cursorSecret: SECRET });
    expect(secrets.asked).toEqual([ARN]);
  });

  it('uses a secret given directly without asking the store', async () => {
    const secrets = new FakeSecrets(new Error('must not be called'));
    expect(await resolveReviewConfig({ [REVIEW_ENV.cursorSecret]: SECRET }, secrets)).toEqual({ cursorSecret: SECRET });
    expect(secrets.asked).toEqual([]);
  });

  it('fails closed: no secret at all is a startup error, never unsigned cursors', async () => {
    const err = await resolveReviewConfig({}, new FakeSecrets(SECRET)).catch((e) => e);
    expect(err).toBeInstanceOf(ReviewConfigError);
    expect(err.message).toContain(REVIEW_ENV.cursorSecretArn);
  });

  it('fails on an unreadable, short or ambiguous secret, keeping the cause and never the value', async () => {
    const denied = Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException' });
    const unreadable = await resolveReviewConfig({ [REVIEW_ENV.cursorSecretArn]: ARN }, new FakeSecrets(denied)).catch(
      (e) => e,
    );
    expect(unreadable).toBeInstanceOf(ReviewConfigError);
    expect(unreadable.cause).toBe(denied);

    const short = await resolveReviewConfig(
      { [REVIEW_ENV.cursorSecretArn]: ARN },
      new FakeSecrets('s3cr3t-short'),
    ).catch((e) => e);
    expect(short).toBeInstanceOf(ReviewConfigError);
    expect(short.message).not.toContain('s3cr3t-short');

    await expect(
      resolveReviewConfig(
        { [REVIEW_ENV.cursorSecretArn]: ARN, [REVIEW_ENV.cursorSecret]: SECRET },
        new FakeSecrets(SECRET),
      ),
    ).rejects.toBeInstanceOf(ReviewConfigError);
    await expect(
      resolveReviewConfig({ [REVIEW_ENV.cursorSecretArn]: 'not-an-arn' }, new FakeSecrets(SECRET)),
    ).rejects.toBeInstanceOf(ReviewConfigError);
  });
});
