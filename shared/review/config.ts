/**
 * Review configuration, read once at cold start and validated: the secret that signs page cursors.
 * The local stack passes the secret itself (`REVIEW_CURSOR_SECRET`); on AWS the stack passes the ARN of a
 * generated Secrets Manager secret (`REVIEW_CURSOR_SECRET_ARN`) and the API function reads it at cold start.
 * The deployed entry point fails closed: without a secret it does not start (resolveReviewConfig).
 */
import { z } from 'zod';
import { ReviewError } from '#shared/review/errors.ts';

export const REVIEW_ENV = {
  cursorSecret: 'REVIEW_CURSOR_SECRET',
  cursorSecretArn: 'REVIEW_CURSOR_SECRET_ARN',
} as const;

const SecretValue = z.string().min(32, 'must hold at least 32 characters');

const Schema = z.object({
  [REVIEW_ENV.cursorSecret]: SecretValue.optional(),
  [REVIEW_ENV.cursorSecretArn]: z
    .string()
    .regex(/^arn:aws[\w-]*:secretsmanager:[\w-]+:\d{12}:secret:[\w/+=.@-]+$/, 'must be a Secrets Manager secret ARN')
    .optional(),
});

export interface ReviewConfig {
  /** Signs page cursors; unset means scope-checked, unsigned cursors (local stack only, see cursor.ts). */
  cursorSecret: string | undefined;
}

/** Reads a secret's current value by ARN (Secrets Manager on AWS, a fake in tests). */
export interface SecretSource {
  getSecret(arn: string): Promise<string>;
}

export class ReviewConfigError extends ReviewError {
  override name = 'ReviewConfigError';
}

function parse(env: Readonly<Record<string, string | undefined>>): z.output<typeof Schema> {
  const r = Schema.safeParse(env);
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ReviewConfigError(`invalid review configuration: ${detail}`);
  }
  return r.data;
}

/** The local stack's review configuration: the secret from the environment, if any. */
export function loadReviewConfig(env: Readonly<Record<string, string | undefined>>): ReviewConfig {
  return { cursorSecret: parse(env)[REVIEW_ENV.cursorSecret] };
}

/**
 * The deployed API's review configuration: the secret from the environment, or read once from `secrets` by
 * the ARN in the environment. No secret, both at once, an unreadable or short secret: ReviewConfigError,
 * so the function never serves with unsigned cursors.
 */
export async function resolveReviewConfig(
  env: Readonly<Record<string, string | undefined>>,
  secrets: SecretSource,
): Promise<{ cursorSecret: string }> {
  const c = parse(env);
  const direct = c[REVIEW_ENV.cursorSecret];
  const arn = c[REVIEW_ENV.cursorSecretArn];
  if (direct !== undefined && arn !== undefined) {
    throw new ReviewConfigError(`set ${REVIEW_ENV.cursorSecret} or ${REVIEW_ENV.cursorSecretArn}, not both`);
  }
  if (direct !== undefined) return { cursorSecret: direct };
  if (arn === undefined) {
    throw new ReviewConfigError(
      `missing ${REVIEW_ENV.cursorSecretArn} (or ${REVIEW_ENV.cursorSecret}): review cursors must be signed`,
    );
  }
  let value: string;
  try {
    value = await secrets.getSecret(arn);
  } catch (err) {
    throw new ReviewConfigError('the review cursor secret could not be read', { cause: err });
  }
  const v = SecretValue.safeParse(value);
  if (!v.success) throw new ReviewConfigError('the review cursor secret must hold at least 32 characters');
  return { cursorSecret: v.data };
}
