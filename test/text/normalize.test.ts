import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '#shared/text/normalize.ts';

const spanOf = (original: string, needle: string) => {
  const nt = normalize(original);
  const i = nt.text.indexOf(needle);
  expect(i, `"${needle}" in "${nt.text}"`).toBeGreaterThanOrEqual(0);
  const { start, end } = toOriginalSpan(nt, i, i + needle.length);
  return original.slice(start, end);
};

describe('normalize', () => {
  it.each([
    ['限 男 性', '限男性'],
    ['３５岁以下', '35岁以下'],
    ['3 5 岁以下', '35岁以下'],
    ['限\u200b男\u200d性', '限男性'],
    ['男士優先', '男士优先'],
    ['个(gè)男(nán)性', '个男性'],
    ['个（gè）男', '个男'],
    ['ＡＢＣ Young', 'abc young'],
    ['①②', '12'],
  ])('%s → %s', (input, want) => {
    expect(normalize(input).text).toBe(want);
  });

  it('keeps spaces in English and between separate numbers', () => {
    expect(normalize('Lift 50 lbs, 2 3 days').text).toBe('lift 50 lbs, 2 3 days');
    expect(normalize('工作时间 9:00-18:00').text).toBe('工作时间9:00-18:00');
  });

  it('maps a match back to the original span', () => {
    expect(spanOf('要求：限 男 性，能吃苦', '限男性')).toBe('限 男 性');
    expect(spanOf('男士優先', '男士优先')).toBe('男士優先');
    expect(spanOf('年龄３ ５岁以下', '35岁')).toBe('３ ５岁');
    expect(spanOf('个(gè)男(nán)性', '男性')).toBe('男(nán)性');
  });

  it('never maps outside the original text, and keeps order (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), fc.nat(), (s, a, b) => {
        const nt = normalize(s);
        expect(nt.starts.length).toBe(nt.text.length);
        for (let i = 0; i < nt.text.length; i++) {
          const st = nt.starts[i] as number;
          const en = nt.ends[i] as number;
          expect(st).toBeGreaterThanOrEqual(0);
          expect(en).toBeLessThanOrEqual(s.length);
          expect(en).toBeGreaterThan(st);
          if (i > 0) expect(st).toBeGreaterThanOrEqual(nt.starts[i - 1] as number);
        }
        if (nt.text.length > 0) {
          const x = a % nt.text.length;
          const y = x + 1 + (b % (nt.text.length - x));
          const span = toOriginalSpan(nt, x, y);
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is linear on hostile input', () => {
    const big = '限 '.repeat(300_000);
    const t0 = performance.now();
    const nt = normalize(big);
    expect(nt.text.length).toBeGreaterThan(0);
    expect(nt.text.startsWith('限限')).toBe(true);
    // a functional bound, not a benchmark: quadratic behaviour would take minutes
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
