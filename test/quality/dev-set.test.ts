/**
 * The engine's quality on the labelled dev set, through the same code path as `recruitwatch scan`.
 * Fails below F1 0.95 for discrimination and personal data and 0.92 for fraud, per language, or
 * when more than 3% of clean ads are flagged.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '#shared/engine/engine.ts';
import { scanRecords } from '#shared/cli/scan.ts';
import type { Category, ScanResult } from '#shared/engine/types.ts';
import { isFlagged, loadSet, score } from '#test/helpers/labelled.ts';

const set = loadSet('dev-set.jsonl');
const lines = await scanRecords(
  new Engine(),
  set.map((r, i) => ({ line: i + 1, value: r.ad })),
);
const results = new Map<string, ScanResult>();
for (const l of lines) if (!('error' in l)) results.set(l.adId, l);

const TARGET: Record<Category, number> = { discrimination: 0.95, personal_data: 0.95, fraud: 0.92 };

describe('dev set', () => {
  it('screens every ad', () => {
    expect(results.size).toBe(set.length);
  });
  for (const lang of ['zh', 'en'] as const) {
    const subset = set.filter((r) => r.ad.language === lang);
    for (const c of Object.keys(TARGET) as Category[]) {
      it(`${lang} ${c}: F1 ≥ ${TARGET[c]}`, () => {
        const s = score(subset, results, c);
        expect({ f1: Number(s.f1.toFixed(3)), errors: s.errors }).toEqual({
          f1: expect.toSatisfy((f: number) => f >= TARGET[c]),
          errors: expect.any(Array),
        });
      });
    }
  }
  it('flags at most 3% of clean ads', () => {
    const clean = set.filter((r) => Object.values(r.expect).every((v) => v === false));
    const flagged = clean.filter((r) =>
      (['fraud', 'discrimination', 'personal_data'] as const).some((c) => isFlagged(results.get(r.ad.adId), c)),
    );
    expect(flagged.map((r) => r.id).length / clean.length).toBeLessThanOrEqual(0.03);
  });
});
