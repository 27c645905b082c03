/**
 * `recruitwatch scan`: validates and screens a feed, one result line per record, in input order; then
 * the cross-ad signals (shared contacts, near-duplicate texts) run over the whole run's ads.
 */
import { type Ad, validateAd } from '#shared/feed/schema.ts';
import { CrossAdSignals, MemorySignalStore } from '#shared/signals/index.ts';
import type { Engine } from '#shared/engine/engine.ts';
import type { ScanResult } from '#shared/engine/types.ts';
import type { InputRecord } from '#shared/cli/input.ts';

export type ScanLine =
  | ScanResult
  | { line: number; adId?: string; error: string; errors?: { path: string; message: string }[] };

export async function scanRecords(
  engine: Engine,
  records: readonly InputRecord[],
  onProgress?: (done: number) => void,
  signals: CrossAdSignals = new CrossAdSignals(new MemorySignalStore()),
): Promise<ScanLine[]> {
  const out: ScanLine[] = [];
  const screened: { ad: Ad; result: ScanResult }[] = [];
  let done = 0;
  for (const rec of records) {
    if (rec.error !== undefined) out.push({ line: rec.line, error: rec.error });
    else {
      const v = validateAd(rec.value);
      if (!v.ok) {
        const error = v.errors.map((e) => `${e.path}: ${e.message}`).join('; ');
        out.push(
          v.adId === undefined
            ? { line: rec.line, error, errors: v.errors }
            : { line: rec.line, adId: v.adId, error, errors: v.errors },
        );
      } else {
        const result = engine.screen(v.ad);
        screened.push({ ad: v.ad, result });
        out.push(result);
      }
    }
    done++;
    if (onProgress && done % 200 === 0) onProgress(done);
  }
  await signals.apply(screened);
  onProgress?.(done);
  return out;
}
