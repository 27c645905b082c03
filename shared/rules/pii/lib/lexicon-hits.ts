/**
 * One literal scan per ad field for every anchored lexicon of the pii rules (collected items,
 * sensitive facts), shared by the rules through a per-document cache: three rules, one pass.
 */
import type { AdDocument, TextField } from '#shared/text/document.ts';
import type { AnchoredMatcher } from '#shared/rules/pii/lib/anchored.ts';
import { type LiteralHit, LiteralScanner } from '#shared/rules/pii/lib/literals.ts';

const matchers: AnchoredMatcher[] = [];
let scanner: LiteralScanner | undefined;
const cache = new WeakMap<AdDocument, Map<TextField, readonly LiteralHit[]>>();

/** Registers a matcher whose anchors the shared scan must find (call at module load). */
export function shareScan(m: AnchoredMatcher): AnchoredMatcher {
  matchers.push(m);
  scanner = undefined;
  return m;
}

export function anchorHits(doc: AdDocument, field: TextField): readonly LiteralHit[] {
  let perDoc = cache.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    cache.set(doc, perDoc);
  }
  let hits = perDoc.get(field);
  if (!hits) {
    scanner ??= new LiteralScanner(
      matchers.flatMap((m) => m.anchorWords),
      matchers.flatMap((m) => m.midWords),
    );
    hits = scanner.all(doc.text(field));
    perDoc.set(field, hits);
  }
  return hits;
}
