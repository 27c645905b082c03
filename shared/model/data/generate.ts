/**
 * Writes the project's own training ads (own-zh.jsonl, own-en.jsonl) from hand-written phrase banks:
 * fraudulent patterns named by regulators (fees, task scams, overseas lures, training loans, pyramid
 * recruiting, ID retention, high-pay lures with no duties, disguised sales jobs) and lawful ads,
 * including hard negatives (an explicit "no fees" line, legal day labour paid daily, lawful overseas
 * postings). Every phrase was written for this project; nothing is copied from ORFD or any other source.
 * Deterministic: a fixed seed, so `node shared/model/data/generate.ts` always writes the same files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEGIT_EN, LEGIT_ZH, SCAM_EN, SCAM_ZH, type Template } from '#shared/model/data/phrases.ts';

/** mulberry32: a tiny seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Pick {
  one<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
  int(lo: number, hi: number): number;
}

function picker(next: () => number): Pick {
  return {
    one: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

function generate(templates: readonly Template[], perTemplate: number, prefix: string, seed: number): string[] {
  const pick = picker(rng(seed));
  const lines: string[] = [];
  let n = 0;
  for (const t of templates) {
    for (let i = 0; i < perTemplate; i++) {
      n++;
      const id = `${prefix}-${String(n).padStart(4, '0')}`;
      const { ad, tags } = t.build(pick);
      const record = {
        id,
        ad: { platform: 'own-sample', adId: id, ...ad },
        expect: { fraud: t.fraud, discrimination: null, personal_data: null },
        tags,
        note: `written for RecruitWatch: ${t.name}`,
      };
      lines.push(JSON.stringify(record));
    }
  }
  return lines;
}

const dir = import.meta.dirname;
writeFileSync(
  join(dir, 'own-zh.jsonl'),
  `${[...generate(SCAM_ZH, 6, 'own-zh-f', 7), ...generate(LEGIT_ZH, 6, 'own-zh-l', 11)].join('\n')}\n`,
);
writeFileSync(
  join(dir, 'own-en.jsonl'),
  `${[...generate(SCAM_EN, 4, 'own-en-f', 13), ...generate(LEGIT_EN, 4, 'own-en-l', 17)].join('\n')}\n`,
);
