/**
 * Ads for the load test: templates from the benchmark's deterministic corpus (mixed Chinese and English,
 * about one in four with a violation), each screened once by the engine up front so the test knows which
 * stored results must be flagged and which ads must have a case. Every ad sent gets a fresh adId.
 */
import { Engine } from '#shared/engine/engine.ts';
import type { AdInput } from '#shared/feed/schema.ts';
import { validateAd } from '#shared/feed/schema.ts';
// bench/ has no subpath import; the corpus is the benchmark's own generator
import { makeCorpus } from '../../bench/corpus.ts';

export interface LoadTemplate {
  ad: Omit<AdInput, 'platform' | 'adId'>;
  /** The engine finds at least one finding in it, so the worker must store a case. */
  flagged: boolean;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** `n` templates (seeded) with their expected outcome, screened by a fresh engine. */
export function loadTemplates(n: number, seed = 7): LoadTemplate[] {
  const engine = new Engine();
  return makeCorpus(n, seed).map(({ platform: _p, adId, ...ad }) => {
    const v = validateAd({ platform: 'load', adId, ...ad });
    if (!v.ok) throw new TemplateError(`corpus ad ${adId} is not a valid ad: ${JSON.stringify(v.errors)}`);
    return { ad, flagged: engine.screen(v.ad).findings.length > 0 };
  });
}

/** The ad sent as `adId` by `platform`, built from template `i` (cycling). */
export function loadAd(templates: readonly LoadTemplate[], i: number, platform: string, adId: string): AdInput {
  const t = templates[i % templates.length];
  if (!t) throw new TemplateError('no load templates');
  return { platform, adId, ...t.ad } as AdInput;
}
