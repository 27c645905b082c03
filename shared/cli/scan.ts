/** `recruitwatch scan`: validates and screens a feed, one result line per record, in input order. */
import { validateAd } from '#shared/feed/schema.ts';
import type { Engine } from '#shared/engine/engine.ts';
import type { ScanResult } from '#shared/engine/types.ts';
import type { InputRecord } from '#shared/cli/input.ts';

export type ScanLine =
  | ScanResult
  | { line: number; adId?: string; error: string; errors?: { path: string; message: string }[] };

export function scanRecords(
  engine: Engine,
  records: readonly InputRecord[],
  onProgress?: (done: number) => void,
): ScanLine[] {
  const out: ScanLine[] = [];
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
      } else out.push(engine.screen(v.ad));
    }
    done++;
    if (onProgress && done % 200 === 0) onProgress(done);
  }
  onProgress?.(done);
  return out;
}
