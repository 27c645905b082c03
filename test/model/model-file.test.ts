import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fraudModel } from '#shared/model/fraud-model.ts';

const path = fileURLToPath(new URL('../../shared/model/fraud-model.json', import.meta.url));

describe('the committed fraud model', () => {
  it('is small (well under 5 MB)', () => {
    expect(statSync(path).size).toBeLessThan(2 * 1024 * 1024);
  });
  it('parses, and is built once per process', () => {
    const m = fraudModel();
    expect(m.version).toMatch(/^fm-[0-9a-f]{12}$/);
    expect(m.size).toBeGreaterThan(1000);
    expect(m.threshold).toBeGreaterThan(0.3);
    expect(m.highAt).toBeGreaterThan(m.threshold);
    expect(fraudModel()).toBe(m);
  });
  it('weighs scam signals towards fraud', () => {
    const m = fraudModel();
    expect(m.weight('z:押金')).toBeGreaterThan(0);
    expect(m.weight('s:credit-code-invalid')).toBeGreaterThan(0);
    expect(m.weight('s:im-only')).toBeGreaterThan(0);
    expect(m.weight('s:no-employer')).toBeGreaterThan(0);
  });
});
