import { describe, expect, it } from 'vitest';
import { LinearModel, ModelFormatError } from '#shared/model/linear-model.ts';

const file = {
  format: 'recruitwatch-linear-v2',
  version: 'fm-test',
  threshold: 0.5,
  highAt: 0.95,
  bias: -1,
  sources: ['toy'],
  weights: { 'z:刷单': 2, 'z:会计': -1.5, 's:im-only': 1 },
};
const features = (entries: [string, number][]) => ({ values: new Map(entries), spans: new Map() });

describe('LinearModel', () => {
  const m = LinearModel.parse(file);

  it('computes σ(bias + Σ w·x) and ignores unknown features', () => {
    expect(m.probability(features([]))).toBeCloseTo(1 / (1 + Math.E), 10);
    expect(
      m.probability(
        features([
          ['z:刷单', 1],
          ['z:unknown', 5],
        ]),
      ),
    ).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
  });

  it('explains a score by the features that pushed it up, largest first', () => {
    const s = m.score(
      features([
        ['z:刷单', 0.5],
        ['s:im-only', 1],
        ['z:会计', 1],
      ]),
    );
    expect(s.drivers.map((d) => d.feature)).toEqual(['s:im-only', 'z:刷单']);
    expect(s.drivers[1]?.value).toBeCloseTo(1, 10);
  });

  it('rejects a malformed model file with a typed error', () => {
    expect(() => LinearModel.parse({ ...file, threshold: 2 })).toThrow(ModelFormatError);
    expect(() => LinearModel.parse({ ...file, weights: { a: 'x' } })).toThrow(ModelFormatError);
  });
});
