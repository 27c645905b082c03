import { describe, expect, it } from 'vitest';
import { predict, trainLogistic, type TrainItem } from '#shared/model/train/logistic.ts';
import { auc, foldOf, prf } from '#shared/model/train/metrics.ts';

const item = (names: string[], label: 0 | 1): TrainItem => ({
  features: { values: new Map(names.map((n) => [n, 1])), spans: new Map() },
  label,
  weight: 1,
});
const data: TrainItem[] = [];
for (let i = 0; i < 20; i++) {
  data.push(item(['z:刷单', 's:im-only', i % 2 ? 'z:日结' : 'z:兼职'], 1));
  data.push(item(['z:会计', 'z:社保', i % 2 ? 'z:日结' : 'z:兼职'], 0));
}
const opts = { l2: 0.0001, iterations: 200, learningRate: 0.5, minDf: 2 };

describe('trainLogistic', () => {
  it('separates separable data', () => {
    const m = trainLogistic(data, opts);
    expect(predict(m, item(['z:刷单'], 1).features)).toBeGreaterThan(0.7);
    expect(predict(m, item(['z:会计'], 0).features)).toBeLessThan(0.3);
    expect(m.weights.get('z:刷单')).toBeGreaterThan(0);
  });

  it('is deterministic: the same examples give the same weights bit for bit', () => {
    const a = trainLogistic(data, opts);
    const b = trainLogistic([...data], opts);
    expect([...b.weights]).toEqual([...a.weights]);
    expect(b.bias).toBe(a.bias);
  });

  it('drops words seen in fewer ads than minDf, but keeps structural flags', () => {
    const m = trainLogistic([...data, item(['z:罕见词', 's:rare-flag'], 1)], opts);
    expect(m.weights.has('z:罕见词')).toBe(false);
    expect(m.weights.has('s:rare-flag')).toBe(true);
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1 at a threshold', () => {
    const pairs = [
      { fraud: true, p: 0.9 },
      { fraud: true, p: 0.4 },
      { fraud: false, p: 0.8 },
      { fraud: false, p: 0.1 },
    ];
    expect(prf(pairs, 0.5)).toMatchObject({ tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(auc(pairs)).toBeCloseTo(0.75, 10);
  });

  it('puts every ad of a group in the same fold', () => {
    expect(foldOf('emscad:Acme', 5)).toBe(foldOf('emscad:Acme', 5));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`g${i}`, 5)));
    expect(folds.size).toBe(5);
  });
});
