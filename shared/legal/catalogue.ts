/**
 * The legal-basis catalogue: every article a finding can cite, keyed by the ids of
 * ../shared/reference/legal-basis.md §7. Data lives in catalogue.json (regenerate with
 * `node scripts/gen-legal-catalogue.ts`); `verified` is true only where the research note checked
 * the article against a primary or official text.
 */
import type { Jurisdiction, LegalBasisRef } from '#shared/engine/types.ts';
import data from './catalogue.json' with { type: 'json' };

export interface CatalogueEntry {
  id: string;
  jurisdiction: Jurisdiction;
  violation: string;
  law: string;
  article: string;
  summary: string;
  verified: boolean;
  verification: string;
}

export const CATALOGUE: readonly CatalogueEntry[] = data as CatalogueEntry[];
const byId = new Map<string, CatalogueEntry[]>();
for (const e of CATALOGUE) {
  const list = byId.get(e.id) ?? [];
  list.push(e);
  byId.set(e.id, list);
}

export const hasLegalId = (id: string): boolean => byId.has(id);

/** The articles behind a list of catalogue ids, as they appear on a finding. */
export function legalBasisFor(ids: readonly string[]): LegalBasisRef[] {
  const out: LegalBasisRef[] = [];
  for (const id of ids) {
    for (const e of byId.get(id) ?? []) {
      out.push({
        jurisdiction: e.jurisdiction,
        law: e.law,
        article: e.article,
        verified: e.verified,
        note: e.verified ? e.summary : `${e.summary} [verification: ${e.verification}]`,
      });
    }
  }
  return out;
}

export const catalogueEntries = (id: string): readonly CatalogueEntry[] => byId.get(id) ?? [];
