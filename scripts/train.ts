/**
 * `npm run train`: rebuilds shared/model/fraud-model.json from the shippable sources, deterministically
 * (sorted inputs, full-batch optimiser, no randomness), and prints cross-validated figures.
 *   npm run train                 train, pick the threshold from cross-validation, write the model
 *   npm run train -- --evaluate   also score ORFD (measure only: GPL-3.0, never trained on) and the
 *                                 rules with and without the model (cross-validated)
 *   npm run train -- --natural    measure natural's classifiers on the same features and folds
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExamples, type Example } from '#shared/model/train/dataset.ts';
import { crossValidate, pickThreshold, weighted, type Scored } from '#shared/model/train/evaluate.ts';
import { DEFAULT_TRAIN, predict, trainLogistic } from '#shared/model/train/logistic.ts';
import { auc, fmt, prf } from '#shared/model/train/metrics.ts';
import { flaggedByRules } from '#shared/model/train/with-rules.ts';
import type { ModelFile } from '#shared/model/linear-model.ts';
import { compareNatural } from '#shared/model/train/natural-compare.ts';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const OWN = join(ROOT, 'shared', 'model', 'data');
const OUT = join(ROOT, 'shared', 'model', 'fraud-model.json');
const MIN_PRECISION = 0.9;
const HIGH_AT = 0.97;

const { values: args } = parseArgs({
  options: { evaluate: { type: 'boolean', default: false }, natural: { type: 'boolean', default: false } },
});

const shippable = [join(DATA, 'emscad-train.jsonl'), join(DATA, 'dev-set.jsonl')];
if (existsSync(OWN)) for (const f of readdirSync(OWN).sort()) if (f.endsWith('.jsonl')) shippable.push(join(OWN, f));
const pool: Example[] = shippable.flatMap(loadExamples);
const log = (s: string) => process.stdout.write(`${s}\n`);
log(`training ads: ${pool.length} (${shippable.map((p) => p.split('/').pop()).join(', ')})`);

const oof = crossValidate(pool);
const { threshold, at } = pickThreshold(oof, MIN_PRECISION);
log(`threshold ${threshold} (precision ≥ ${MIN_PRECISION} on out-of-fold predictions): ${fmt(at)}`);
const pick = (e: Example) => ({ id: e.id, source: e.source, language: e.language, fraud: e.fraud });
const report = (name: string, pairs: readonly Scored[]) => log(`  ${name.padEnd(26)} ${fmt(prf(pairs, threshold))}`);
log('5-fold cross-validation, grouped by employer:');
for (const src of [...new Set(oof.map((s) => s.source))].sort()) {
  for (const lang of ['zh', 'en'] as const) {
    const pairs = oof.filter((s) => s.source === src && s.language === lang);
    if (pairs.length) report(`${src} (${lang})`, pairs);
  }
}

const model = trainLogistic(weighted(pool));
const weights: Record<string, number> = {};
for (const [k, w] of [...model.weights.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const r = Math.round(w * 1e4) / 1e4;
  if (r !== 0) weights[k] = r;
}
const bias = Math.round(model.bias * 1e4) / 1e4;
const version = `fm-${createHash('sha256').update(JSON.stringify({ bias, threshold, weights })).digest('hex').slice(0, 12)}`;
const file: ModelFile = {
  format: 'recruitwatch-linear-v2',
  version,
  threshold,
  highAt: HIGH_AT,
  bias,
  sources: shippable.map((p) => p.split('/').pop() ?? p),
  weights,
};
writeFileSync(OUT, `${JSON.stringify(file)}\n`);
log(`wrote ${OUT} (${version}, ${Object.keys(weights).length} weights, options ${JSON.stringify(DEFAULT_TRAIN)})`);

if (args.evaluate) {
  const orfd = loadExamples(join(DATA, 'orfd-train.jsonl'));
  const orfdScored: Scored[] = orfd.map((e) => ({ ...pick(e), p: predict(model, e.features) }));
  const rules = flaggedByRules([...pool, ...orfd]);
  const either = (s: Scored) => ({ fraud: s.fraud, p: s.p >= threshold || rules.get(s.id) ? 1 : 0 });
  const ruleOnly = (s: Scored) => ({ fraud: s.fraud, p: rules.get(s.id) ? 1 : 0 });
  log(`fraud F1 by source (model cross-validated; ORFD never trained on), threshold ${threshold}:`);
  const sets: [string, Scored[]][] = [
    ['emscad-train (en)', oof.filter((s) => s.source === 'emscad-train')],
    ['dev-set (zh)', oof.filter((s) => s.source === 'dev-set' && s.language === 'zh')],
    ['dev-set (en)', oof.filter((s) => s.source === 'dev-set' && s.language === 'en')],
    ['orfd-train (zh)', orfdScored],
  ];
  for (const [name, pairs] of sets) {
    log(`  ${name}: AUC ${auc(pairs).toFixed(3)}`);
    log(`    model alone   ${fmt(prf(pairs, threshold))}`);
    log(`    rules alone   ${fmt(prf(pairs.map(ruleOnly), 0.5))}`);
    log(`    model + rules ${fmt(prf(pairs.map(either), 0.5))}`);
  }
}

if (args.natural) compareNatural(pool, log);
