/**
 * Packs choose which rules run for each jurisdiction and at what severity. A rule joins a pack
 * when it carries legal basis for that jurisdiction; `SEVERITY_OVERRIDES` adjusts a rule's
 * severity in one pack (e.g. where a ground is advisory there).
 */
import { createHash } from 'node:crypto';
import type { Jurisdiction, Rule, Severity } from '#shared/engine/types.ts';
import { ALL_RULES } from '#shared/rules/index.ts';

export interface PackEntry {
  rule: Rule;
  severity?: Severity;
}
export interface Pack {
  jurisdiction: Jurisdiction;
  rules: readonly PackEntry[];
}

export const JURISDICTIONS: readonly Jurisdiction[] = ['CN', 'US', 'GB', 'EU'];

/** Per-pack severity changes: jurisdiction → rule id → severity. */
export const SEVERITY_OVERRIDES: Partial<Record<Jurisdiction, Record<string, Severity>>> = {};

export function buildPacks(rules: readonly Rule[] = ALL_RULES): Record<Jurisdiction, Pack> {
  const packs = {} as Record<Jurisdiction, Pack>;
  for (const j of JURISDICTIONS) {
    const overrides = SEVERITY_OVERRIDES[j] ?? {};
    packs[j] = {
      jurisdiction: j,
      rules: rules
        .filter((r) => (r.meta.legalBasis[j]?.length ?? 0) > 0)
        .map((rule) => {
          const severity = overrides[rule.meta.id];
          return severity ? { rule, severity } : { rule };
        }),
    };
  }
  return packs;
}

export const PACKS: Readonly<Record<Jurisdiction, Pack>> = buildPacks();

/** A short hash of every rule's metadata and pack membership: changes whenever the ruleset does. */
export function rulesetVersion(packs: Readonly<Record<Jurisdiction, Pack>>): string {
  const h = createHash('sha256');
  for (const j of JURISDICTIONS) {
    for (const e of packs[j]?.rules ?? []) h.update(`${j}:${e.rule.meta.id}:${e.severity ?? e.rule.meta.severity};`);
  }
  return `rs-${h.digest('hex').slice(0, 12)}`;
}
