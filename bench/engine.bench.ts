/**
 * `npm run bench [N] [ROUNDS]`: engine throughput on one core (this process is single-threaded) and per-ad
 * latency over a generated corpus of N (10,000) mixed Chinese and English ads of about 1.5 KB, in ROUNDS
 * (3) passes, plus hostile inputs.
 * Goal: ≥ 5,000 ads/s; hostile inputs (1 MB description, a million repeated characters) < 1 s each.
 */
import { loadavg } from 'node:os';
import { Engine } from '#shared/engine/engine.ts';
import { validateAd, type Ad } from '#shared/feed/schema.ts';
import { makeCorpus } from './corpus.ts';

const N = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const engine = new Engine({ timeBudgetMs: 5_000 });
const ads: Ad[] = makeCorpus(N).map((a) => {
  const v = validateAd(a);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.ad;
});
const bytes = ads.reduce((s, a) => s + Buffer.byteLength(JSON.stringify(a)), 0);

// warm up (JIT, lazily built tables), then measure ROUNDS passes over the corpus: on a machine shared
// with other work one pass can lose a core for a while, so every pass is printed with the median and best
for (const ad of ads.slice(0, 500)) engine.screen(ad);
interface Pass {
  adsPerSecond: number;
  lat: Float64Array;
  flagged: number;
}
function pass(): Pass {
  const lat = new Float64Array(ads.length);
  let flagged = 0;
  const t0 = performance.now();
  for (let i = 0; i < ads.length; i++) {
    const s = performance.now();
    const r = engine.screen(ads[i] as Ad);
    lat[i] = performance.now() - s;
    if (r.findings.some((f) => f.severity !== 'info')) flagged++;
  }
  const total = performance.now() - t0;
  lat.sort();
  return { adsPerSecond: Math.round((N / total) * 1000), lat, flagged };
}
const passes = Array.from({ length: ROUNDS }, pass);
const q = (lat: Float64Array, p: number) =>
  (lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] as number) * 1000;
const byRate = [...passes].sort((a, b) => a.adsPerSecond - b.adsPerSecond);
const median = byRate[Math.floor((byRate.length - 1) / 2)] as Pass;
const best = byRate[byRate.length - 1] as Pass;
console.log(`node ${process.version}, ${engine.rulesetVersion}`);
console.log(`corpus: ${N} ads, mean ${(bytes / N / 1024).toFixed(2)} KB, ${best.flagged} flagged`);
console.log(`passes: ${passes.map((p) => p.adsPerSecond).join(', ')} ads/s (load average ${loadavg()[0]?.toFixed(2)})`);
console.log(
  `throughput: ${median.adsPerSecond} ads/s on one core (median of ${ROUNDS} passes; best ${best.adsPerSecond})`,
);
console.log(
  `latency per ad (median pass): p50 ${q(median.lat, 0.5).toFixed(0)} µs, p99 ${q(median.lat, 0.99).toFixed(0)} µs, max ${q(median.lat, 1).toFixed(0)} µs`,
);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

const hostile: [string, string][] = [
  [
    '1 MB mixed description',
    '岗位职责：负责客户开发，限 男 性 Responsibilities include young energetic 3 5 岁 '.repeat(13_000),
  ],
  ['1,000,000 × "a"', 'a'.repeat(1_000_000)],
  ['1,000,000 × "限"', '限'.repeat(1_000_000)],
  ['1,000,000 × "1"', '1'.repeat(1_000_000)],
  ['500,000 × "1 "', '1 '.repeat(500_000)],
  ['1,000,000 × "("', '('.repeat(1_000_000)],
];
for (const [name, description] of hostile) {
  const v = validateAd({ platform: 'bench', adId: 'hostile', title: 'x', description });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  const s = performance.now();
  const r = engine.screen(v.ad);
  console.log(`hostile ${name}: ${(performance.now() - s).toFixed(0)} ms, ${r.findings.length} findings`);
}
