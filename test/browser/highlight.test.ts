/** The console's evidence segmentation (console/js/highlight.js), a pure function run here in Node. */
import { describe, expect, it } from 'vitest';
import { segments } from '../../console/js/highlight.js';

describe('segments', () => {
  it('cuts the text at every evidence boundary and marks the covering findings', () => {
    const out = segments('限男性，未婚，年龄25岁以下', [
      { start: 0, end: 3, finding: 0, severity: 'high' },
      { start: 4, end: 6, finding: 1, severity: 'medium' },
    ]);
    expect(out.map((s) => [s.text, s.findings, s.severity])).toEqual([
      ['限男性', [0], 'high'],
      ['，', [], null],
      ['未婚', [1], 'medium'],
      ['，年龄25岁以下', [], null],
    ]);
    expect(out.map((s) => s.text).join('')).toBe('限男性，未婚，年龄25岁以下');
  });

  it('splits overlapping evidence and keeps the worst severity on the overlap', () => {
    const out = segments('abcdef', [
      { start: 1, end: 4, finding: 0, severity: 'medium' },
      { start: 3, end: 5, finding: 1, severity: 'critical' },
    ]);
    expect(out.map((s) => [s.text, s.findings, s.severity])).toEqual([
      ['a', [], null],
      ['bc', [0], 'medium'],
      ['d', [0, 1], 'critical'],
      ['e', [1], 'critical'],
      ['f', [], null],
    ]);
  });

  it('ignores spans outside the text instead of breaking it', () => {
    const out = segments('abc', [
      { start: 2, end: 9, finding: 0, severity: 'high' },
      { start: 2, end: 2, finding: 1, severity: 'high' },
    ]);
    expect(out).toEqual([{ text: 'abc', start: 0, findings: [], severity: null }]);
  });
});
