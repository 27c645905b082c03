/** Loads a labelled set from ../shared/data and scores scan results on it, per category and language. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Category, ScanResult } from '#shared/engine/types.ts';

export interface Labelled {
  id: string;
  ad: Record<string, unknown> & { adId: string; language?: string };
  expect: Record<Category, boolean | null>;
  tags: string[];
}

export const sharedData = (name: string): string =>
  fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));

export function loadSet(name: string): Labelled[] {
  return readFileSync(sharedData(name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

export const isFlagged = (r: ScanResult | undefined, c: Category): boolean =>
  (r?.findings ?? []).some((f) => f.category === c && f.severity !== 'info');

export function score(set: Labelled[], results: Map<string, ScanResult>, c: Category): Score {
  const s = { tp: 0, fp: 0, fn: 0, tn: 0, errors: [] as string[] };
  for (const rec of set) {
    const want = rec.expect[c];
    if (want === null || want === undefined) continue;
    const got = isFlagged(results.get(rec.ad.adId), c);
    if (got && want) s.tp++;
    else if (got) {
      s.fp++;
      s.errors.push(`FP ${rec.id}`);
    } else if (want) {
      s.fn++;
      s.errors.push(`FN ${rec.id}`);
    } else s.tn++;
  }
  const precision = s.tp / (s.tp + s.fp || 1);
  const recall = s.tp / (s.tp + s.fn || 1);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...s, precision, recall, f1 };
}
