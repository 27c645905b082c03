/**
 * Trains an L2-regularised logistic regression over named sparse features. Deterministic: features
 * are indexed in sorted order, the optimiser is full-batch (no sampling), so the same examples give
 * the same weights bit for bit. Per-coordinate AdaGrad steps make plain batch gradient converge in a
 * few hundred passes over a few thousand ads.
 */
import type { Features } from '#shared/model/features.ts';

export interface TrainItem {
  features: Features;
  label: 0 | 1;
  weight: number;
}

export interface TrainOptions {
  /** L2 penalty per unit of total example weight. */
  l2: number;
  iterations: number;
  learningRate: number;
  /** Drop features seen in fewer training ads than this (keeps one-off names and typos out). */
  minDf: number;
}

export const DEFAULT_TRAIN: TrainOptions = { l2: 0.000002, iterations: 300, learningRate: 0.5, minDf: 2 };

export interface TrainedWeights {
  bias: number;
  weights: Map<string, number>;
}

export function trainLogistic(items: readonly TrainItem[], opts: TrainOptions = DEFAULT_TRAIN): TrainedWeights {
  const df = new Map<string, number>();
  for (const it of items) for (const k of it.features.values.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const names = [...df.entries()]
    .filter(([k, n]) => n >= opts.minDf || k.startsWith('s:'))
    .map(([k]) => k)
    .sort();
  const index = new Map(names.map((k, i) => [k, i]));
  const rows = items.map((it) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of it.features.values) {
      const j = index.get(k);
      if (j !== undefined) {
        idx.push(j);
        val.push(v);
      }
    }
    const order = idx.map((_, i) => i).sort((a, b) => (idx[a] as number) - (idx[b] as number));
    return {
      idx: Int32Array.from(order.map((i) => idx[i] as number)),
      val: Float64Array.from(order.map((i) => val[i] as number)),
      y: it.label,
      w: it.weight,
    };
  });
  const totalW = rows.reduce((s, r) => s + r.w, 0);
  const d = names.length;
  const w = new Float64Array(d);
  const g = new Float64Array(d);
  const h = new Float64Array(d + 1).fill(1e-8);
  let b = 0;
  for (let it = 0; it < opts.iterations; it++) {
    g.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let k = 0; k < r.idx.length; k++) z += (w[r.idx[k] as number] as number) * (r.val[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const err = ((p - r.y) * r.w) / totalW;
      gb += err;
      for (let k = 0; k < r.idx.length; k++) {
        const j = r.idx[k] as number;
        g[j] = (g[j] as number) + err * (r.val[k] as number);
      }
    }
    for (let j = 0; j < d; j++) {
      const grad = (g[j] as number) + opts.l2 * (w[j] as number);
      h[j] = (h[j] as number) + grad * grad;
      w[j] = (w[j] as number) - (opts.learningRate * grad) / Math.sqrt(h[j] as number);
    }
    h[d] = (h[d] as number) + gb * gb;
    b -= (opts.learningRate * gb) / Math.sqrt(h[d] as number);
  }
  const weights = new Map<string, number>();
  for (let j = 0; j < d; j++) weights.set(names[j] as string, w[j] as number);
  return { bias: b, weights };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(model: TrainedWeights, f: Features): number {
  let z = model.bias;
  for (const [k, v] of f.values) z += (model.weights.get(k) ?? 0) * v;
  return sigmoid(z);
}
