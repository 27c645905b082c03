/** Local days in a zone: the first instant of a day across daylight-saving changes, and default zones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalZone, defaultZone, LocalDays, localDay, nextDay, startOfLocalDay } from '#shared/review/local-day.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('local days', () => {
  it.each([
    ['2026-11-27', 'Asia/Shanghai', '2026-11-26T16:00:00.000Z'],
    ['2026-11-27', 'UTC', '2026-11-27T00:00:00.000Z'],
    ['2026-11-27', 'Asia/Kathmandu', '2026-11-26T18:15:00.000Z'],
    // New York springs forward on 8 March and London falls back on 25 October 2026
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00.000Z'],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z'],
    ['2026-10-26', 'Europe/London', '2026-10-26T00:00:00.000Z'],
    // Chile's clocks skip from 00:00 to 01:00: the day starts at what would have been midnight
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'],
  ])('%s in %s starts at %s', (day, zone, start) => {
    expect(iso(startOfLocalDay(day, zone))).toBe(start);
  });

  it('puts 07:00 Beijing time on 27 November in the 27th, and in the 26th in UTC', () => {
    const at = Date.parse('2026-11-26T23:00:00.000Z');
    expect(localDay(at, 'Asia/Shanghai')).toBe('2026-11-27');
    expect(localDay(at, 'UTC')).toBe('2026-11-26');
    expect(new LocalDays('Asia/Shanghai').of('2026-11-26T23:00:00.000Z')).toBe('2026-11-27');
  });

  it('finds the first instant of any day in any of several zones', () => {
    const zones = ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe'];
    const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => iso(ms).slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(...zones), (d, zone) => {
        const start = startOfLocalDay(d, zone);
        expect(localDay(start, zone)).toBe(d);
        expect(localDay(start - 1, zone) < d).toBe(true);
        expect(startOfLocalDay(nextDay(d), zone) - start).toBeGreaterThanOrEqual(22 * 3_600_000);
      }),
      { numRuns: 200 },
    );
  });

  it('groups every instant of a quarter hour under the same local day as Intl does', () => {
    const days = new LocalDays('Asia/Kathmandu');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (ms) => {
        expect(days.of(iso(ms))).toBe(localDay(ms, 'Asia/Kathmandu'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('zones', () => {
  it('accepts IANA names in any case and aliases, and gives their canonical name', () => {
    expect(canonicalZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('America/New_York')).toBe('America/New_York');
  });

  it.each(['Mars/Olympus', '+08:00', 'Asia/Shanghai; x', '', 'CST-8 ', '../etc'])('refuses %j', (name) => {
    expect(canonicalZone(name)).toBeUndefined();
  });

  it('counts a Chinese or national regulator’s days in Beijing time, a UK one in London, others in UTC', () => {
    const reg = (regions: readonly string[] | '*') => ({ kind: 'regulator' as const, subject: 's', regions });
    expect(defaultZone(reg('*'))).toBe('Asia/Shanghai');
    expect(defaultZone(reg(['430100', '320500']))).toBe('Asia/Shanghai');
    expect(defaultZone(reg(['CN']))).toBe('Asia/Shanghai');
    expect(defaultZone(reg(['GB', 'GB-SCT']))).toBe('Europe/London');
    expect(defaultZone(reg(['US-CA']))).toBe('UTC');
    expect(defaultZone(reg(['430100', 'GB']))).toBe('UTC');
  });
});
