/**
 * Measures `natural`'s classifiers on the same features and the same grouped folds as our trainer,
 * so docs/model.md can say why the shipped model does not use them. Both of natural's classifiers
 * turn each document into a dense 0/1 vector over the whole vocabulary with `indexOf` per feature,
 * so training and scoring cost O(vocabulary × tokens) per ad; LogisticRegression then runs dense
 * unregularised batch gradient descent (apparatus + sylvester matrices) and drops its bias term.
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier.js';
import LogisticRegressionClassifier from 'natural/lib/natural/classifiers/logistic_regression_classifier.js';
import type { Example } from '#shared/model/train/dataset.ts';
import { prf } from '#shared/model/train/metrics.ts';

const tokens = (e: Example): string[] => [...e.features.values.keys()];
const fraudScore = (cls: { label: string; value: number }[]): number => {
  const f = cls.find((c) => c.label === 'fraud')?.value ?? 0;
  const n = cls.find((c) => c.label === 'ok')?.value ?? 0;
  return f + n > 0 ? f / (f + n) : 0.5;
};

/** Times natural's classifiers on growing subsets (a full fold does not finish in useful time). */
export function compareNatural(pool: readonly Example[], log: (s: string) => void): void {
  const vocab = new Set(pool.flatMap(tokens)).size;
  log(`natural on our features (vocabulary ${vocab} over ${pool.length} ads):`);
  for (const n of [50, 100, 200]) {
    const sub = pool.filter((_, i) => i % Math.floor(pool.length / n) === 0).slice(0, n);
    for (const [name, make] of [
      ['BayesClassifier', () => new BayesClassifier()],
      ['LogisticRegressionClassifier', () => new LogisticRegressionClassifier()],
    ] as const) {
      const c = make();
      const t0 = performance.now();
      for (const e of sub) c.addDocument(tokens(e), e.fraud ? 'fraud' : 'ok');
      try {
        c.train();
      } catch (err) {
        log(`  ${name} on ${n} ads: failed after ${((performance.now() - t0) / 1000).toFixed(1)} s (${String(err)})`);
        continue;
      }
      const t1 = performance.now();
      const probe = pool.slice(0, 20);
      const pairs = probe.map((e) => ({ fraud: e.fraud, p: fraudScore(c.getClassifications(tokens(e))) }));
      const t2 = performance.now();
      log(
        `  ${name} on ${n} ads: trained in ${((t1 - t0) / 1000).toFixed(1)} s, scores ${(probe.length / ((t2 - t1) / 1000)).toFixed(0)} ads/s (F1 on 20 probes ${prf(pairs, 0.5).f1.toFixed(2)})`,
      );
    }
  }
}
