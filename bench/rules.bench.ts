/**
 * `node bench/rules.bench.ts [N]`: time spent in each rule over the benchmark corpus, slowest first.
 * Finds the rule to fix when `npm run bench` misses its throughput goal.
 */
import { AdDocument } from '#shared/text/document.ts';
import { ALL_RULES } from '#shared/rules/index.ts';
import { validateAd, type Ad } from '#shared/feed/schema.ts';
import { jurisdictionOf } from '#shared/engine/jurisdiction.ts';
import { makeCorpus } from './corpus.ts';

const N = Number(process.argv[2] ?? 2_000);
const ads: Ad[] = makeCorpus(N).map((a) => {
  const v = validateAd(a);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.ad;
});
const spent = new Map<string, number>();
let prep = 0;
for (let pass = 0; pass < 2; pass++) {
  for (const ad of ads) {
    const t0 = performance.now();
    const doc = new AdDocument(ad);
    const ctx = { jurisdiction: jurisdictionOf(ad, doc.language), language: doc.language };
    if (pass === 1) prep += performance.now() - t0;
    for (const rule of ALL_RULES) {
      if (!rule.meta.legalBasis[ctx.jurisdiction]) continue;
      const s = performance.now();
      try {
        rule.check(doc, ctx);
      } catch {
        // counted as time anyway
      }
      if (pass === 1) spent.set(rule.meta.id, (spent.get(rule.meta.id) ?? 0) + performance.now() - s);
    }
  }
}
const rows = [...spent.entries()].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, [, v]) => s + v, 0) + prep;
console.log(
  `${N} ads; total ${((total / N) * 1000).toFixed(0)} µs/ad; document preparation ${((prep / N) * 1000).toFixed(1)} µs/ad`,
);
for (const [id, ms] of rows) console.log(`${id.padEnd(32)} ${((ms / N) * 1000).toFixed(1).padStart(8)} µs/ad`);
