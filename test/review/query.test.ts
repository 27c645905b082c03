import { describe, expect, it } from 'vitest';
import { ReviewValidationError } from '#shared/review/errors.ts';
import { parseDecision, parseListQuery, parseStatsQuery } from '#shared/review/query.ts';

const problems = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReviewValidationError) return err.problems.map((p) => p.path);
    throw err;
  }
  return [];
};

describe('review query parsing', () => {
  it('reads a day as a whole UTC day: `to` includes it', () => {
    const q = parseListQuery({ from: '2026-11-01', to: '2026-11-30' });
    expect(q.filter).toEqual({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
    expect(q.limit).toBe(50);
  });

  it('takes full timestamps as they are and drops empty parameters', () => {
    const q = parseListQuery({ from: '2026-11-01T08:00:00+08:00', status: '', limit: '10' });
    expect(q.filter).toEqual({ from: '2026-11-01T00:00:00.000Z' });
    expect(q.limit).toBe(10);
  });

  it('rejects days that do not exist, reversed ranges and unknown values, naming each field', () => {
    expect(problems(() => parseListQuery({ from: '2026-02-30' }))).toEqual(['from']);
    expect(problems(() => parseListQuery({ from: '2026-11-05', to: '2026-11-01' }))).toEqual(['to']);
    expect(problems(() => parseListQuery({ severity: 'extreme', limit: '500' })).sort()).toEqual(['limit', 'severity']);
    expect(problems(() => parseListQuery({ regionCode: '43 01' }))).toEqual(['regionCode']);
    expect(problems(() => parseStatsQuery({ groupBy: 'employee' }))).toEqual(['groupBy']);
  });

  it('needs a decision, a real reason and a version', () => {
    expect(parseDecision({ decision: 'dismiss', reason: '  合法的岗位要求 ', expectedVersion: 3 })).toEqual({
      decision: 'dismiss',
      reason: '合法的岗位要求',
      expectedVersion: 3,
    });
    expect(problems(() => parseDecision({ decision: 'approve', reason: 'x', expectedVersion: 0 })).sort()).toEqual([
      'decision',
      'expectedVersion',
      'reason',
    ]);
    expect(problems(() => parseDecision('confirm'))).toEqual(['(body)']);
  });
});
