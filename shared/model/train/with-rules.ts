/**
 * The model beside the rules: which ads the engine flags for fraud WITHOUT the model (every other
 * rule of the ad's pack), to report rules alone and model + rules on the same ads.
 */
import { Engine } from '#shared/engine/engine.ts';
import { ALL_RULES } from '#shared/rules/index.ts';
import { buildPacks } from '#shared/rules/packs.ts';
import type { Example } from '#shared/model/train/dataset.ts';

export function flaggedByRules(examples: readonly Example[]): Map<string, boolean> {
  const engine = new Engine({ packs: buildPacks(ALL_RULES.filter((r) => r.meta.id !== 'fraud-model')) });
  const out = new Map<string, boolean>();
  for (const e of examples) {
    const r = engine.screen(e.ad);
    out.set(
      e.id,
      r.findings.some((f) => f.category === 'fraud' && f.severity !== 'info'),
    );
  }
  return out;
}
