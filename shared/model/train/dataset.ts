/**
 * Labelled ads for training and measuring the fraud model, read from JSON Lines files in the shape of
 * ../shared/data (`{ id, ad, expect: { fraud } }`). Each example carries its source and an employer
 * group, so cross-validation can keep one employer's ads on one side of a split.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Ad, validateAd } from '#shared/feed/schema.ts';
import { AdDocument } from '#shared/text/document.ts';
import { extractFeatures, type Features } from '#shared/model/features.ts';

export interface Example {
  id: string;
  source: string;
  group: string;
  language: 'zh' | 'en';
  fraud: boolean;
  features: Features;
  ad: Ad;
}

export class DatasetError extends Error {
  override name = 'DatasetError';
}

interface RawRecord {
  id?: unknown;
  ad?: unknown;
  expect?: { fraud?: unknown };
}

export function loadExamples(path: string): Example[] {
  const source = basename(path).replace(/\.jsonl$/, '');
  const out: Example[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const rec = JSON.parse(line) as RawRecord;
    if (typeof rec.expect?.fraud !== 'boolean') continue;
    const v = validateAd(rec.ad);
    if (!v.ok) throw new DatasetError(`${path}:${i + 1}: invalid ad: ${v.errors.map((e) => e.path).join(', ')}`);
    const doc = new AdDocument(v.ad);
    const e = v.ad.employer;
    const employer = e?.name?.trim() || e?.creditCode?.trim() || e?.profile?.trim().slice(0, 80);
    const id = typeof rec.id === 'string' ? rec.id : v.ad.adId;
    out.push({
      id,
      source,
      group: employer ? `${source}:${employer}` : `${source}:ad:${id}`,
      language: doc.language,
      fraud: rec.expect.fraud,
      features: extractFeatures(doc),
      ad: v.ad,
    });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}
