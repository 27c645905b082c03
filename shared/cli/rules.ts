/** `recruitwatch rules` and docs/rules.md: the rule catalogue, generated from rule metadata. */
import { ALL_RULES } from '#shared/rules/index.ts';
import { catalogueEntries } from '#shared/legal/catalogue.ts';
import type { Jurisdiction } from '#shared/engine/types.ts';

export function formatRuleList(format: 'text' | 'json'): string {
  if (format === 'json')
    return JSON.stringify(
      ALL_RULES.map((r) => r.meta),
      null,
      2,
    );
  const lines: string[] = [];
  for (const r of ALL_RULES) {
    const m = r.meta;
    lines.push(`${m.id}  [${m.category}, ${m.severity}]  ${m.message.en}`);
    for (const [j, ids] of Object.entries(m.legalBasis) as [Jurisdiction, string[]][]) {
      for (const id of ids) {
        for (const e of catalogueEntries(id)) {
          lines.push(`    ${j}  ${e.law} ${e.article}${e.verified ? '' : '  (not verified)'}`);
        }
      }
    }
  }
  lines.push(`${ALL_RULES.length} rules`);
  return lines.join('\n');
}
