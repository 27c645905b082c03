/** In-memory SignalStore for the CLI (one `scan` run) and tests. */
import { type AdRef, type KeyedRef, refKey, type SignalStore } from '#shared/signals/types.ts';

export class MemorySignalStore implements SignalStore {
  private readonly byKey = new Map<string, Map<string, AdRef>>();

  async recordAndFindAll(entries: readonly KeyedRef[], limit: number): Promise<AdRef[][]> {
    const out: AdRef[][] = [];
    for (const { key, ad } of entries) out.push(await this.recordAndFindShared(key, ad, limit));
    return out;
  }

  async recordAndFindShared(key: string, ad: AdRef, limit: number): Promise<AdRef[]> {
    let refs = this.byKey.get(key);
    if (!refs) {
      refs = new Map();
      this.byKey.set(key, refs);
    }
    const self = refKey(ad);
    // most recently recorded first: by `at` when given, else by order of recording
    const recorded = [...refs]
      .reverse()
      .sort(([, a], [, b]) => ((a.at ?? '') < (b.at ?? '') ? 1 : a.at === b.at ? 0 : -1));
    const others: AdRef[] = [];
    for (const [k, r] of recorded) {
      if (k === self) continue;
      others.push(r);
      if (others.length >= limit) break;
    }
    if (!refs.has(self)) refs.set(self, ad);
    return others;
  }
}
