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

  it('reads a day in the zone `tz` names, else in the default it is given', () => {
    const q = parseListQuery({ from: '2026-11-27', to: '2026-11-27', tz: 'Asia/Shanghai' });
    expect(q.filter).toEqual({ from: '2026-11-26T16:00:00.000Z', to: '2026-11-27T16:00:00.000Z' });
    expect(q.zone).toBe('Asia/Shanghai');
    const d = parseStatsQuery({ from: '2026-11-27', groupBy: 'day' }, 'Asia/Shanghai');
    expect(d).toEqual({ filter: { from: '2026-11-26T16:00:00.000Z' }, groupBy: 'day', zone: 'Asia/Shanghai' });
    // the request's zone wins over the default; timestamps keep their own offset
    const u = parseListQuery({ from: '2026-11-27', to: '2026-11-27T12:00:00+08:00', tz: 'utc' }, 'Asia/Shanghai');
    expect(u.filter).toEqual({ from: '2026-11-27T00:00:00.000Z', to: '2026-11-27T04:00:00.000Z' });
    expect(u.zone).toBe('UTC');
  });

  it('rejects a zone that is not an IANA name, naming `tz`', () => {
    const err = (() => {
      try {
        parseListQuery({ tz: 'Beijing' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ReviewValidationError);
    expect((err as ReviewValidationError).problems).toEqual([
      { path: 'tz', message: 'must be an IANA time zone name such as Asia/Shanghai or UTC' },
    ]);
    expect(problems(() => parseStatsQuery({ tz: '+08:00' }))).toEqual(['tz']);
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
