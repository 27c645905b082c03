/**
 * Measures the fraud RULES alone (no model, no other groups) on the labelled sets in ../shared/data:
 * `node test/fraud/measure.ts [dev-set.jsonl|emscad-train.jsonl|orfd-train.jsonl|path/to/set.jsonl] [--list] [--rule id]`.
 * Prints precision/recall/F1 per language and per-rule flag counts; --list prints FP/FN ids with rules.
 * Reads ORFD (GPL) only to measure; nothing from it is written anywhere.
 */
import { Engine } from '#shared/engine/engine.ts';
import type { Jurisdiction } from '#shared/engine/types.ts';
import { validateAd } from '#shared/feed/schema.ts';
import { rules } from '#shared/rules/fraud/index.ts';
import { buildPacks } from '#shared/rules/packs.ts';
import { readFileSync } from 'node:fs';
import { type Labelled, loadSet } from '#test/helpers/labelled.ts';

const args = process.argv.slice(2);
const name = args.find((a) => a.endsWith('.jsonl')) ?? 'dev-set.jsonl';
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const selected = only ? rules.filter((r) => r.meta.id === only) : rules;
const engine = new Engine({ packs: buildPacks(selected) as Record<Jurisdiction, ReturnType<typeof buildPacks>['CN']> });
/** A name is a file in ../shared/data; a path (containing '/') is read as given. */
const set: Labelled[] = name.includes('/')
  ? readFileSync(name, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Labelled)
  : loadSet(name);
const stats = new Map<string, { tp: number; fp: number; fn: number; tn: number }>();
const perRule = new Map<string, { tp: number; fp: number }>();
const lines: string[] = [];
const t0 = performance.now();
for (const rec of set) {
  const v = validateAd(rec.ad);
  if (!v.ok) continue;
  const res = engine.screen(v.ad);
  const fired = res.findings.filter((f) => f.category === 'fraud' && f.severity !== 'info').map((f) => f.rule);
  const want = rec.expect.fraud === true;
  const lang = res.language;
  const s = stats.get(lang) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
  if (fired.length && want) s.tp++;
  else if (fired.length) s.fp++;
  else if (want) s.fn++;
  else s.tn++;
  stats.set(lang, s);
  for (const r of new Set(fired)) {
    const p = perRule.get(r) ?? { tp: 0, fp: 0 };
    if (want) p.tp++;
    else p.fp++;
    perRule.set(r, p);
  }
  if (fired.length && !want) lines.push(`FP ${rec.id} ${fired.join(',')}`);
  if (!fired.length && want) lines.push(`FN ${rec.id} ${rec.tags.filter((t) => t.startsWith('fraud')).join(',')}`);
}
const ms = performance.now() - t0;
for (const [lang, s] of stats) {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(
    `${name} ${lang}: P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f1.toFixed(3)} (tp=${s.tp} fp=${s.fp} fn=${s.fn} tn=${s.tn})`,
  );
}
for (const [r, p] of [...perRule].sort()) console.log(`  ${r.padEnd(28)} flagged fraud=${p.tp} clean=${p.fp}`);
console.log(
  `  ${set.length} ads in ${ms.toFixed(0)} ms (${((set.length / ms) * 1000).toFixed(0)} ads/s, fraud rules only)`,
);
if (args.includes('--list')) console.log(lines.join('\n'));
