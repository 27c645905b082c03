/** Review configuration, read once at cold start and validated: the cursor signing secret. */
import { z } from 'zod';
import { ReviewError } from '#shared/review/errors.ts';

export const REVIEW_ENV = { cursorSecret: 'REVIEW_CURSOR_SECRET' } as const;

const Schema = z.object({
  [REVIEW_ENV.cursorSecret]: z.string().min(32, 'must hold at least 32 characters').optional(),
});

export interface ReviewConfig {
  /** Signs page cursors; unset means scope-checked, unsigned cursors (see cursor.ts). */
  cursorSecret: string | undefined;
}

export class ReviewConfigError extends ReviewError {
  override name = 'ReviewConfigError';
}

export function loadReviewConfig(env: Readonly<Record<string, string | undefined>>): ReviewConfig {
  const r = Schema.safeParse(env);
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ReviewConfigError(`invalid review configuration: ${detail}`);
  }
  return { cursorSecret: r.data[REVIEW_ENV.cursorSecret] };
}
