/**
 * Honest measurement of the fraud model: grouped k-fold cross-validation (an employer's ads never sit
 * on both sides of a split) over the shippable sources, and scores on sets never trained on (ORFD).
 */
import type { Example } from '#shared/model/train/dataset.ts';
import {
  DEFAULT_TRAIN,
  predict,
  type TrainOptions,
  trainLogistic,
  type TrainItem,
} from '#shared/model/train/logistic.ts';
import { foldOf, type Prf, prf } from '#shared/model/train/metrics.ts';

export interface Scored {
  id: string;
  source: string;
  language: 'zh' | 'en';
  fraud: boolean;
  p: number;
}

/**
 * Example weights: within each source the two classes carry equal total weight (EMSCAD's sample is
 * 61 % fraud, the dev set 22 %), and each source keeps a total weight equal to its size.
 */
export function weighted(examples: readonly Example[]): TrainItem[] {
  const count = new Map<string, number>();
  const bySource = new Map<string, number>();
  for (const e of examples) {
    const key = `${e.source}:${e.fraud}`;
    count.set(key, (count.get(key) ?? 0) + 1);
    bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
  }
  return examples.map((e) => {
    const n = count.get(`${e.source}:${e.fraud}`) ?? 1;
    const total = bySource.get(e.source) ?? 1;
    const bothClasses = count.has(`${e.source}:${!e.fraud}`);
    return { features: e.features, label: e.fraud ? 1 : 0, weight: bothClasses ? total / 2 / n : 1 };
  });
}

/** Out-of-fold probabilities for every example of `target`, training each fold on everything else in `pool`. */
export function crossValidate(pool: readonly Example[], k = 5, opts: TrainOptions = DEFAULT_TRAIN): Scored[] {
  const out: Scored[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = pool.filter((e) => foldOf(e.group, k) !== fold);
    const test = pool.filter((e) => foldOf(e.group, k) === fold);
    const m = trainLogistic(weighted(train), opts);
    for (const e of test)
      out.push({ id: e.id, source: e.source, language: e.language, fraud: e.fraud, p: predict(m, e.features) });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The lowest threshold whose precision on the pairs reaches `minPrecision` with the best F1 among those. */
export function pickThreshold(pairs: readonly Scored[], minPrecision: number): { threshold: number; at: Prf } {
  let best = { threshold: 0.99, at: prf(pairs, 0.99) };
  for (let t = 0.5; t <= 0.99; t += 0.01) {
    const th = Math.round(t * 100) / 100;
    const m = prf(pairs, th);
    if (m.precision >= minPrecision && m.f1 > best.at.f1) best = { threshold: th, at: m };
  }
  return best;
}
