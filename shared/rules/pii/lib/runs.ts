/**
 * Digit runs per field, computed once per ad and shared by the identifier, card and third-party
 * rules (each would otherwise scan every field again).
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import { type NumberRun, numberRuns } from '#shared/rules/pii/lib/numbers.ts';

/** A field with more candidate numbers than this is not an ad but a dump; the rest is not scanned. */
export const MAX_RUNS = 500;

const cache = new WeakMap<AdDocument, Map<TextField, readonly NumberRun[]>>();

export function runsIn(doc: AdDocument, field: TextField): readonly NumberRun[] {
  let perDoc = cache.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    cache.set(doc, perDoc);
  }
  let runs = perDoc.get(field);
  if (!runs) {
    const text = doc.text(field);
    const out: NumberRun[] = [];
    if (/\d{2}/.test(text)) {
      for (const r of numberRuns(text, true)) {
        out.push(r);
        if (out.length >= MAX_RUNS) break;
      }
    }
    runs = out;
    perDoc.set(field, runs);
  }
  return runs;
}
