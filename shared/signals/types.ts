/**
 * The port of the cross-ad signals: a store that remembers which ads carried a key (a hashed contact,
 * a near-duplicate band) and answers which other ads carried it before, most recently recorded first.
 */
import type { Evidence } from '#shared/engine/types.ts';

/** An ad as the signals see it: its identity, its employer, and (for near-duplicates) its text signature. */
export interface AdRef {
  platform: string;
  adId: string;
  /** Normalised employer identity (credit code, else name); `anon:<platform>:<adId>` when the ad names none. */
  employer: string;
  /** MinHash signature of the ad text (base64), carried on near-duplicate keys only. */
  sig?: string;
  /**
   * When the ad was received (ISO, UTC): the store answers most recent first. The same for every delivery
   * of one submission, so recording stays idempotent; absent in a CLI run (order of recording instead).
   */
  at?: string;
  /**
   * Where the key shows in THIS ad (contact span with a masked excerpt, or the title with identifiers
   * masked), so a finding added to it later by another ad points into its own text. Never raw personal data.
   */
  ev?: Evidence;
}

/** One key an ad carries, with the ad as recorded under that key. */
export interface KeyedRef {
  key: string;
  ad: AdRef;
}

export interface SignalStore {
  /**
   * Records that each `ad` carries its `key` (idempotent: recording the same ad twice changes nothing),
   * then returns, per entry and in the same order, the OTHER ads recorded under that key, most recently
   * recorded first, at most `limit` each.
   */
  recordAndFindAll(entries: readonly KeyedRef[], limit: number): Promise<AdRef[][]>;
}

export class SignalStoreError extends Error {
  override name = 'SignalStoreError';
}

export const refKey = (r: Pick<AdRef, 'platform' | 'adId'>): string => `${r.platform}:${r.adId}`;
