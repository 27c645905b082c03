/**
 * `npm run train`: rebuilds shared/model/fraud-model.json from the shippable sources, deterministically
 * (sorted inputs, full-batch optimiser, no randomness), and prints cross-validated figures.
 *   npm run train                 train, pick the threshold from cross-validation, write the model
 *   npm run train -- --evaluate   also score ORFD (measure only: GPL-3.0, never trained on)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExamples, type Example } from '#shared/model/train/dataset.ts';
import { crossValidate, pickThreshold, weighted, type Scored } from '#shared/model/train/evaluate.ts';
import { DEFAULT_TRAIN, predict, trainLogistic } from '#shared/model/train/logistic.ts';
import { fmt, prf } from '#shared/model/train/metrics.ts';
import type { ModelFile } from '#shared/model/linear-model.ts';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const OWN = join(ROOT, 'shared', 'model', 'data');
const OUT = join(ROOT, 'shared', 'model', 'fraud-model.json');
const MIN_PRECISION = 0.9;
const HIGH_AT = 0.97;

const { values: args } = parseArgs({ options: { evaluate: { type: 'boolean', default: false } } });

const shippable = [join(DATA, 'emscad-train.jsonl'), join(DATA, 'dev-set.jsonl')];
if (existsSync(OWN)) for (const f of readdirSync(OWN).sort()) if (f.endsWith('.jsonl')) shippable.push(join(OWN, f));
const pool: Example[] = shippable.flatMap(loadExamples);
const log = (s: string) => process.stdout.write(`${s}\n`);
log(`training ads: ${pool.length} (${shippable.map((p) => p.split('/').pop()).join(', ')})`);

const oof = crossValidate(pool);
const { threshold, at } = pickThreshold(oof, MIN_PRECISION);
log(`threshold ${threshold} (precision ≥ ${MIN_PRECISION} on out-of-fold predictions): ${fmt(at)}`);
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
  format: 'recruitwatch-linear-v1',
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
  const pairs = orfd.map((e) => ({ fraud: e.fraud, p: predict(model, e.features) }));
  log(`ORFD (never trained on), model alone: ${fmt(prf(pairs, threshold))}`);
  for (const t of [0.3, 0.5, 0.7, 0.9]) log(`  at ${t}: ${fmt(prf(pairs, t))}`);
}
