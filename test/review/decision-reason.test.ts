/** A decision's reason: the error says what is wrong and names the field, for a missing, blank or short reason. */
import { describe, expect, it } from 'vitest';
import { ReviewValidationError } from '#shared/review/errors.ts';
import { parseDecision, REASON_REQUIRED, REASON_TOO_SHORT } from '#shared/review/query.ts';

function errorOf(body: unknown): ReviewValidationError {
  try {
    parseDecision(body);
  } catch (err) {
    if (err instanceof ReviewValidationError) return err;
    throw err;
  }
  throw new Error('parseDecision accepted the body');
}

describe('decision reason messages', () => {
  it.each([
    ['missing', undefined, REASON_REQUIRED],
    ['null', null, REASON_REQUIRED],
    ['empty', '', REASON_REQUIRED],
    ['only spaces', '   ', REASON_REQUIRED],
    ['one character', '违', REASON_TOO_SHORT],
    ['one character padded', ' x ', REASON_TOO_SHORT],
  ])('%s reason → one problem on reason, said in the message', (_label, reason, expected) => {
    const err = errorOf({ decision: 'confirm', reason, expectedVersion: 1 });
    expect(err.problems).toEqual([{ path: 'reason', message: expected }]);
    expect(err.message).toBe(`reason: ${expected}`);
  });

  it('says "required" and "too short" in plain words, never zod internals', () => {
    expect(REASON_REQUIRED).toMatch(/^required — .*at least 2 characters/);
    expect(REASON_TOO_SHORT).toMatch(/^too short/);
    const missing = errorOf({ decision: 'confirm', expectedVersion: 1 });
    expect(missing.message).not.toMatch(/undefined|expected string/);
  });

  it('names every bad field in the message', () => {
    const err = errorOf({ decision: 'approve', reason: 'x', expectedVersion: 1 });
    expect(err.message).toMatch(/^decision: .+; reason: too short/);
    expect(errorOf({ decision: 'confirm', reason: 42, expectedVersion: 1 }).message).toBe('reason: must be text');
  });

  it('accepts a two-character reason, trimmed', () => {
    expect(parseDecision({ decision: 'dismiss', reason: ' 合法 ', expectedVersion: 2 }).reason).toBe('合法');
  });
});
